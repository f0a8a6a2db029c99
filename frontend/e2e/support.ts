// Helpers shared by the browser specs (compiled with them by run.mjs).
import type { Locator, Page } from 'playwright-core'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'

/** GB 11643: the 18th character of a resident ID number from its first 17 digits. */
export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0)
  return CHECK_CHARACTERS[sum % 11]!
}

/** Another check character than the right one (for the wrong-ID case). */
export const wrongCheckCharacter = (first17: string) => [...CHECK_CHARACTERS].find((c) => c !== checkCharacter(first17))!

export const random = (n: number) => Math.floor(Math.random() * n)
export const digits = (n: number) => Array.from({ length: n }, () => String(random(10))).join('')

/** Waits until the locator shows text matching the pattern; fails with what it showed instead. */
export async function waitForText(locator: Locator, pattern: RegExp, timeout = 15_000): Promise<string> {
  try {
    await locator.filter({ hasText: pattern }).first().waitFor({ state: 'visible', timeout })
  } catch {
    const shown = await locator.allTextContents().catch(() => [])
    throw new Error(`expected text ${pattern} but saw ${JSON.stringify(shown)}`)
  }
  return (await locator.filter({ hasText: pattern }).first().textContent()) ?? ''
}

/** The validation message Element Plus shows under the form item that holds the given input. */
export const fieldError = (page: Page, testid: string) =>
  page.locator('.el-form-item', { has: page.getByTestId(testid) }).locator('.el-form-item__error')

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

export async function path(page: Page, pattern: RegExp, timeout = 15_000) {
  await page.waitForURL((url) => pattern.test(url.pathname), { timeout })
}

/** Picks an option of an Element Plus select (options are rendered in a popper outside the form). */
export async function choose(page: Page, selectTestId: string, optionTestId: string) {
  await page.getByTestId(selectTestId).click()
  const option = page.getByTestId(optionTestId)
  await option.waitFor({ state: 'visible' })
  await option.click()
}

export async function typeMonth(page: Page, testid: string, month: string) {
  const input = page.getByTestId(testid).locator('input')
  await input.click()
  await input.fill(month)
  await input.press('Enter')
}

/** How far the page scrolls sideways (0 when it fits). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

// ---- The API directly (set-up and the operators' side, as a province portal or Swagger UI would) -------------

/** Calls the API; fails with the status and body on an error answer. */
export async function apiCall<T>(apiUrl: string, method: string, url: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${apiUrl}${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': 'zh-CN',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

export async function apiLogin(apiUrl: string, username: string, password: string): Promise<{ accessToken: string; mustChangePassword: boolean }> {
  return apiCall(apiUrl, 'POST', '/api/v1/auth/login', { username, password })
}

/** This year in China: the demo data open this year's exams. */
export const CHINA_YEAR = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()))

/** Checks that a saved file is a PDF. */
export async function assertPdf(file: string): Promise<void> {
  const { readFile } = await import('node:fs/promises')
  const head = (await readFile(file)).subarray(0, 5).toString('latin1')
  assert(head === '%PDF-', `the saved file should start with %PDF-, starts with ${JSON.stringify(head)}`)
}

/** Uploads every required material the application's checklist misses (the photo and scans from ./fixtures). */
export async function apiUploadRequired(apiUrl: string, applicationId: string, token: string): Promise<void> {
  const { readFile } = await import('node:fs/promises')
  const { fileURLToPath } = await import('node:url')
  // specs run compiled from e2e/artifacts/.compiled, so the fixtures are two folders up (as in application.spec)
  const fixtures = process.env.E2E_FIXTURES ?? fileURLToPath(new URL('../../fixtures/', import.meta.url))
  const fixture = (name: string) => `${fixtures.replace(/\/$/, '')}/${name}`
  const checklist = await apiCall<{ items: { required: boolean; status: string; type: { code: string }; entry?: { id: string } }[] }>(
    apiUrl, 'GET', `/api/v1/applications/${applicationId}/materials/checklist`, undefined, token)
  for (const item of checklist.items) {
    if (!item.required || !(item.status === 'MISSING' || item.status === 'REJECTED')) continue
    const photo = item.type.code === 'PHOTO'
    const name = photo ? 'photo.jpg' : 'scan.jpg'
    const form = new FormData()
    form.append('type', item.type.code)
    if (item.entry) form.append('entryId', item.entry.id)
    form.append('file', new Blob([await readFile(fixture(name))], { type: 'image/jpeg' }), name)
    const res = await fetch(`${apiUrl}/api/v1/applications/${applicationId}/materials`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    })
    if (res.status !== 201) throw new Error(`upload ${item.type.code} → ${res.status} ${await res.text()}`)
  }
}
