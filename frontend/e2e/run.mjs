#!/usr/bin/env node
// Runs the browser journeys (e2e/*.spec.ts, or the one named as argument) in Debian's Chromium through
// playwright-core (no browser download).
//   API on http://localhost:${API_PORT:-8080}, SPA on ${SPA_URL:-http://localhost:4173} (vite preview).
// Each spec's steps run in order in one browser page of its own; after a failure the rest of that spec is
// skipped. Prints one line per step and ends with "N passed, N failed" (", N skipped"); exits non-zero on
// any failure.
import { mkdir, writeFile, readFile, readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { transformWithEsbuild } from 'vite'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))
const artifacts = join(here, 'artifacts')
const spaUrl = (process.env.SPA_URL ?? 'http://localhost:4173').replace(/\/$/, '')
const apiUrl = `http://localhost:${process.env.API_PORT ?? '8080'}`
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const headed = process.env.HEADED === '1'
// The first journey first, then the others by name.
const ORDER = ['journey.spec.ts']
async function specFiles() {
  if (process.argv[2]) return [join(here, process.argv[2])]
  const names = (await readdir(here)).filter((n) => n.endsWith('.spec.ts'))
  names.sort((a, b) => (ORDER.includes(b) ? 1 : 0) - (ORDER.includes(a) ? 1 : 0) || a.localeCompare(b))
  return names.map((n) => join(here, n))
}

async function compile(file, done = new Map()) {
  // Specs and their helpers are TypeScript; Node 20 cannot run them as is. Strip the types with esbuild
  // (through Vite), and compile the local modules a file imports ('./support') next to it as .mjs.
  if (done.has(file)) return done.get(file)
  const out = join(artifacts, '.compiled', file.slice(here.length + 1).replace(/\.ts$/, '.mjs'))
  done.set(file, out)
  const source = await readFile(file, 'utf8')
  const { code } = await transformWithEsbuild(source, file, { loader: 'ts', format: 'esm', target: 'node20' })
  const locals = []
  const rewritten = code.replace(/(from\s+['"])(\.\.?\/[^'"]+?)(?:\.ts)?(['"])/g, (_m, pre, spec, post) => {
    locals.push(spec)
    return `${pre}${spec}.mjs${post}`
  })
  for (const spec of locals) await compile(join(dirname(file), `${spec}.ts`), done)
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, rewritten)
  return out
}

async function reachable(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return r.status < 500
  } catch {
    return false
  }
}

let passed = 0
let failed = 0
let skipped = 0

async function main() {
  await mkdir(artifacts, { recursive: true })
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
    failed++
    return
  }
  for (const [what, url] of [
    ['API', `${apiUrl}/q/health`],
    ['SPA', spaUrl],
  ]) {
    if (!(await reachable(url))) {
      console.error(`${what} not reachable at ${url}`)
      failed++
    }
  }
  if (failed) return

  const browser = await chromium.launch({
    executablePath,
    headless: !headed,
    args: [
      ...(headed ? [] : ['--headless']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    for (const specFile of await specFiles()) {
      const { steps } = await import(pathToFileURL(await compile(specFile)).href)
      const spec = specFile.slice(here.length + 1).replace(/\.spec\.ts$/, '')
      console.log(`# ${spec}`)
      await runSpec(browser, spec, steps)
    }
  } finally {
    await browser.close()
  }
}

async function runSpec(browser, spec, steps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(30_000)
  const page = await context.newPage()
  const consoleErrors = []
  page.on('pageerror', (e) => consoleErrors.push(String(e)))
  const ctx = { browser, context, page, spaUrl, apiUrl, artifacts, state: {} }

  let stopped = false
  for (const [i, step] of steps.entries()) {
    if (stopped) {
      console.log(`- ${step.name} (skipped)`)
      skipped++
      continue
    }
    const started = Date.now()
    try {
      await step.run(ctx)
      passed++
      console.log(`✓ ${step.name} (${Date.now() - started} ms)`)
    } catch (e) {
      failed++
      stopped = true
      console.log(`✗ ${step.name} (${Date.now() - started} ms)`)
      console.log(`  ${String(e?.stack ?? e).split('\n').slice(0, 8).join('\n  ')}`)
      const shot = join(artifacts, `failure-${spec}-${String(i + 1).padStart(2, '0')}.png`)
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
      console.log(`  screenshot: ${shot}`)
    }
  }
  if (consoleErrors.length) console.log(`page errors:\n  ${consoleErrors.join('\n  ')}`)
  await context.close()
}

try {
  await main()
} catch (e) {
  failed++
  console.error(e)
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || skipped > 0 ? 1 : 0)
