// Applying for an exam, end to end, against the real API (see run.mjs): register, complete the profile (work and
// an education), find this year's clinical practising exam in Hunan, go through the six-step wizard (leaving and
// resuming it), upload the photo and a scan of the graduation certificate on the materials page (after the
// browser and the server each refuse a wrong file) until the checklist is complete, submit, see 审核中 with the
// review progress; then a registration point accepts the materials and reviewers of every level approve through
// the API (a registration point, a site that verifies the identity, an area, the national administrator) while
// the page stays open, and the page shows 审核通过 without a reload; finally download the success notice (PDF).
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import type { JourneyContext, Step } from './harness'
import {
  apiCall,
  apiLogin as login,
  assert,
  checkCharacter,
  choose,
  CHINA_YEAR,
  digits,
  path,
  random,
  sidewaysOverflow,
  typeMonth,
  waitForText,
} from './support'

// ---- Test data -------------------------------------------------------------------------------------------

// A fresh candidate for every run, born 1988-05-16 in a Changsha district (Hunan, area 43).
const DISTRICTS = ['430102', '430103', '430104', '430105', '430111', '430112']
const FIRST17 = `${DISTRICTS[random(DISTRICTS.length)]}19880516${digits(3)}`
const RESIDENT_ID = FIRST17 + checkCharacter(FIRST17)
const STAMP = `${Date.now().toString(36)}${digits(2)}`
const USERNAME = `e2e_app_${STAMP}`
const PASSWORD = `Passw0rd${digits(4)}`
const NAME = '李文华'
const EMPLOYER = '中南大学湘雅医院'
const SCHOOL = '中南大学湘雅医学院'

/** The demo data open this year's exams for registration in every area; the year is China's. */
const YEAR = CHINA_YEAR
const EXAM_CODE = `${YEAR}110` // 临床执业医师
const AREA = '43' // 湖南省
const SITE = '4301' // 长沙市考点
const POINT = '430101'

const ADMIN = { username: process.env.E2E_ADMIN_USERNAME ?? 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'Admin12345' }

/** Sample files (also for trying the SPA by hand): a 413×531 passport photo (9 KB) and a certificate scan. */
const FIXTURES = process.env.E2E_FIXTURES ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures')
const fixture = async (name: string) => readFile(join(FIXTURES, name))

// ---- API helpers (the reviewers' side runs through the API, as in Swagger UI) -------------------------------

/** A new operator of the given scope, logged in with a changed password (new accounts must change it first). */
async function operator(apiUrl: string, adminToken: string, role: string, scope: Record<string, string>): Promise<string> {
  const username = `e2e_${role.toLowerCase().replace(/_/g, '')}_${STAMP}`.slice(0, 32)
  const initial = `Init${digits(6)}ab`
  const changed = `Rev1ewer${digits(6)}`
  await apiCall(apiUrl, 'POST', '/api/v1/admin/operators', { username, displayName: `E2E ${role}`, role, initialPassword: initial, ...scope }, adminToken)
  const first = await login(apiUrl, username, initial)
  assert(first.mustChangePassword, `a new ${role} operator must change the initial password`)
  await apiCall(
    apiUrl,
    'POST',
    '/api/v1/auth/password',
    { currentPassword: initial, newPassword: changed, securityQuestion: '我的小学校名？', securityAnswer: '实验小学' },
    first.accessToken,
  )
  const again = await login(apiUrl, username, changed)
  assert(!again.mustChangePassword, `the ${role} operator should be ready after changing the password`)
  return again.accessToken
}

/** Accepts every current material of an application, as an operator does in Swagger UI. */
async function acceptMaterials(apiUrl: string, token: string, applicationId: string): Promise<number> {
  const materials = await apiCall<{ id: string; current: boolean }[]>(apiUrl, 'GET', `/api/v1/applications/${applicationId}/materials`, undefined, token)
  const current = materials.filter((m) => m.current)
  for (const m of current) await apiCall(apiUrl, 'POST', `/api/v1/materials/${m.id}/review`, { decision: 'ACCEPT' }, token)
  return current.length
}

async function approve(apiUrl: string, token: string, applicationId: string, extra: Record<string, unknown> = {}) {
  return apiCall<{ state: string; reviewLevel?: string }>(apiUrl, 'POST', `/api/v1/applications/${applicationId}/reviews`, { decision: 'APPROVE', ...extra }, token)
}

// ---- Page helpers --------------------------------------------------------------------------------------------

async function wizardPage(page: Page, title: RegExp) {
  await waitForText(page.getByTestId('wiz-page-title'), title)
}

async function next(page: Page, title: RegExp) {
  await page.getByTestId('wiz-next').click()
  await wizardPage(page, title)
}

// ---- The journey -----------------------------------------------------------------------------------------

export const steps: Step[] = [
  {
    name: 'registers a candidate and logs in',
    async run({ page, spaUrl }: JourneyContext) {
      await page.goto(`${spaUrl}/register`)
      await page.getByTestId('lang-zh').click()
      await page.getByTestId('reg-document-number').fill(RESIDENT_ID)
      await waitForText(page.getByTestId('derived-identity'), /出生日期 1988-05-16/)
      await page.getByTestId('reg-username').fill(USERNAME)
      await page.getByTestId('reg-password').fill(PASSWORD)
      await page.getByTestId('reg-confirm-password').fill(PASSWORD)
      await page.getByTestId('reg-security-question').fill('我出生的城市是？')
      await page.keyboard.press('Escape')
      await page.getByTestId('reg-security-answer').fill('湘江之滨长沙')
      await page.getByTestId('reg-name').fill(NAME)
      await page.getByTestId('reg-mobile').fill(`138${digits(8)}`)
      await page.getByTestId('reg-email').fill(`${USERNAME}@example.cn`)
      await page.getByTestId('reg-submit').click()
      await path(page, /^\/login$/)

      const username = page.getByTestId('login-username')
      if ((await username.inputValue()) !== USERNAME) await username.fill(USERNAME)
      await page.getByTestId('login-password').fill(PASSWORD)
      await page.getByTestId('login-submit').click()
      await path(page, /^\/profile$/)
      await page.getByTestId('nav-exams').waitFor({ state: 'visible' })
      await page.getByTestId('nav-applications').waitFor({ state: 'visible' })
    },
  },
  {
    name: 'completes the profile: work and an education',
    async run({ page }: JourneyContext) {
      await choose(page, 'work-employment-status', 'opt-employment-EMPLOYED')
      await page.getByTestId('work-employer').fill(EMPLOYER)
      await page.getByTestId('contact-save').click()
      await waitForText(page.locator('.el-message--success'), /保存成功/)

      await page.getByTestId('edu-add').click()
      await page.getByTestId('edu-school').waitFor({ state: 'visible' })
      await choose(page, 'edu-level', 'opt-level-UNDERGRADUATE')
      await typeMonth(page, 'edu-start', '2006-09')
      await typeMonth(page, 'edu-end', '2011-07')
      await page.getByTestId('edu-school').fill(SCHOOL)
      await page.getByTestId('edu-major').fill('临床医学')
      await page.getByTestId('edu-study-form-FULL_TIME').click()
      await page.getByTestId('edu-certificate-number').fill(`105331${digits(12)}`)
      await page.getByTestId('edu-save').click()
      await page.getByTestId('edu-school').waitFor({ state: 'hidden' })
      await waitForText(page.getByTestId('section-educations'), new RegExp(SCHOOL))
    },
  },
  {
    name: 'finds this year’s clinical practising exam open in Hunan and starts an application',
    async run({ page, state }: JourneyContext) {
      await page.getByTestId('nav-exams').click()
      await path(page, /^\/exams$/)
      await choose(page, 'exam-filter-level', 'opt-exam-level-PRACTISING')
      await choose(page, 'exam-filter-discipline', 'opt-discipline-CLINICAL')
      await choose(page, 'exam-filter-year', `opt-year-${YEAR}`)
      await choose(page, 'exam-filter-area', `opt-area-${AREA}`)
      await page.waitForURL((u) => u.searchParams.get('area') === AREA && u.searchParams.get('level') === 'PRACTISING')

      const row = page.locator(`[data-testid="exam-row"][data-exam-code="${EXAM_CODE}"]`)
      await waitForText(row.getByTestId('exam-name'), /临床执业医师/)
      await waitForText(row.getByTestId('exam-window'), /湖南省/)
      await waitForText(row.getByTestId('exam-window-status'), /报名中/)
      assert((await page.getByTestId('exam-row').count()) === 1, 'the filters should leave one exam')

      await row.getByTestId('exam-windows-toggle').click()
      await waitForText(row.getByTestId('exam-area-windows'), /技能考试费/)
      await waitForText(row.getByTestId('exam-area-windows'), /¥\d/)

      await row.getByTestId('exam-apply').click()
      await path(page, /^\/applications\/[^/]+\/edit$/)
      state.applicationId = new URL(page.url()).pathname.split('/')[2]!
      await waitForText(page.getByTestId('wiz-state'), /草稿/)
    },
  },
  {
    name: 'a second application for the same exam is refused with a link to the first',
    async run({ page, spaUrl, state }: JourneyContext) {
      // The exam list now offers to continue; the API answers 409 APPLICATION_EXISTS to a second start.
      await page.goto(`${spaUrl}/exams?year=${YEAR}&level=PRACTISING&discipline=CLINICAL`)
      const row = page.locator(`[data-testid="exam-row"][data-exam-code="${EXAM_CODE}"]`)
      await waitForText(row.getByTestId('exam-existing'), /继续填写/)
      const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('examreg.session') ?? '{}').token as string)
      const res = await page.request.post(`${spaUrl}/api/v1/applications`, {
        data: { examCode: EXAM_CODE },
        headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' },
      })
      assert(res.status() === 409, `a second start should be refused, got ${res.status()}`)
      const problem = (await res.json()) as { code?: string }
      assert(problem.code === 'APPLICATION_EXISTS', `expected APPLICATION_EXISTS, got ${problem.code}`)
      await row.getByTestId('exam-existing').click()
      await path(page, new RegExp(`^/applications/${state.applicationId}/edit$`))
    },
  },
  {
    name: 'goes through the wizard: exam, basic information, work',
    async run({ page }: JourneyContext) {
      await waitForText(page.getByTestId('wizard-steps'), /选择考试/)
      await wizardPage(page, /1\. 选择考试/)
      await waitForText(page.getByTestId('wiz-exam-name'), /临床执业医师/)
      await waitForText(page.getByTestId('wiz-exam-code'), new RegExp(EXAM_CODE))

      await next(page, /2\. 基本信息/)
      await waitForText(page.getByTestId('wiz-basic-name'), new RegExp(NAME))
      await waitForText(page.getByTestId('wiz-photo-note'), /照片将在材料上传中提交/)

      await next(page, /3\. 工作情况/)
      await waitForText(page.getByTestId('wiz-work-employment'), /在岗/)
      await waitForText(page.getByTestId('wiz-work-employer'), new RegExp(EMPLOYER))
    },
  },
  {
    name: 'picks the education from the profile; the step’s problem shows at the field until then',
    async run({ page }: JourneyContext) {
      await next(page, /4\. 学历与培训/)
      const eduItem = page.locator('.el-form-item', { has: page.getByTestId('wiz-educations') })
      await waitForText(eduItem.locator('.el-form-item__error'), /\S/)
      await page.getByTestId('wiz-edu-option').filter({ hasText: SCHOOL }).click()
      await next(page, /5\. 证书/)
      await waitForText(page.getByTestId('wiz-cert-required'), /无需提供/)
      assert(
        (await page.getByTestId('wiz-nav-EDUCATION').locator('.el-step__head.is-success').count()) === 1,
        'the education step should show as complete',
      )
    },
  },
  {
    name: 'leaves the wizard and resumes where it was',
    async run({ page }: JourneyContext) {
      await page.reload()
      await wizardPage(page, /5\. 证书/)
      await page.getByTestId('wiz-prev').click()
      await wizardPage(page, /4\. 学历与培训/)
      const checked = page.getByTestId('wiz-edu-option').filter({ hasText: SCHOOL }).locator('.is-checked')
      assert((await checked.count()) === 1, 'the chosen education should still be ticked')
      await next(page, /5\. 证书/)
    },
  },
  {
    name: 'chooses the exam area and site, keeps one attempt, and sees every step complete',
    async run({ page, artifacts }: JourneyContext) {
      await next(page, /6\. 考区与考点/)
      await page.getByTestId('wiz-area').click()
      await page.getByTestId('wiz-area').locator('input').fill('湖南')
      await page.getByTestId(`opt-wiz-area-${AREA}`).click()
      await waitForText(page.getByTestId('wiz-area-window'), /报名中/)
      await choose(page, 'wiz-site', `opt-wiz-site-${SITE}`)
      const attempts = await page.getByTestId('wiz-attempts').locator('input').inputValue()
      assert(attempts === '1', `cumulative attempts should default to 1, not ${attempts}`)
      assert(await page.getByTestId('wiz-extra-MILITARY_MEDICINE').locator('input').isDisabled(), '军事医学 is only for service members')

      await next(page, /7\. 确认提交/)
      for (const s of ['EXAM', 'BASIC', 'WORK', 'EDUCATION', 'CERTIFICATE', 'AREA']) {
        await waitForText(page.getByTestId(`wiz-summary-${s}`), /已完成/)
      }
      await waitForText(page.getByTestId('wiz-summary-MATERIALS'), /缺 2 项/)
      await page.screenshot({ path: `${artifacts}/wizard-submit.png`, fullPage: true })
    },
  },
  {
    name: 'opens the material checklist: a photo and the graduation certificate are required',
    async run({ page, state }: JourneyContext) {
      await page.getByTestId('wiz-materials-link').click()
      await path(page, new RegExp(`^/applications/${state.applicationId}/materials$`))
      await waitForText(page.getByTestId('mat-summary'), /还缺 2 项/)
      await page.locator('[data-testid="mat-slot"][data-slot="PHOTO"][data-status="MISSING"]').waitFor()
      const certificate = page.locator('[data-testid="mat-slot"][data-type="GRADUATION_CERTIFICATE"]')
      await waitForText(certificate.getByTestId('mat-entry'), new RegExp(SCHOOL))
      await waitForText(page.locator('[data-testid="mat-slot"][data-slot="PHOTO"]').getByTestId('mat-rules'), /JPEG.*40 KB/)
    },
  },
  {
    name: 'the browser refuses a PNG as the photo, the server a damaged JPEG',
    async run({ page }: JourneyContext) {
      const photo = page.locator('[data-testid="mat-slot"][data-slot="PHOTO"]')
      // a PNG named .jpg: the browser reads its first bytes and says so without sending it
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000001a90000021308020000', 'hex')
      await photo.locator('input[type="file"]').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: png })
      await waitForText(photo.getByTestId('mat-error'), /内容是 PNG/)
      // a truncated JPEG passes the browser's checks; the server decodes it and refuses it
      const truncated = (await fixture('photo.jpg')).subarray(0, 5000)
      await photo.locator('input[type="file"]').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: truncated })
      await waitForText(photo.getByTestId('mat-error'), /不完整或已损坏/)
      await page.locator('[data-testid="mat-slot"][data-slot="PHOTO"][data-status="MISSING"]').waitFor()
    },
  },
  {
    name: 'uploads the photo and a scan of the certificate; the checklist turns complete',
    async run({ page, artifacts }: JourneyContext) {
      const photo = page.locator('[data-testid="mat-slot"][data-slot="PHOTO"]')
      await photo.locator('input[type="file"]').setInputFiles({ name: '证件照.jpg', mimeType: 'image/jpeg', buffer: await fixture('photo.jpg') })
      await page.locator('[data-testid="mat-slot"][data-slot="PHOTO"][data-status="PENDING_REVIEW"]').waitFor({ timeout: 20_000 })
      await waitForText(photo.getByTestId('mat-file-name'), /证件照\.jpg/)
      await photo.getByTestId('mat-preview').waitFor({ state: 'visible' })

      const certificate = page.locator('[data-testid="mat-slot"][data-type="GRADUATION_CERTIFICATE"]')
      await certificate.locator('input[type="file"]').setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: await fixture('scan.jpg') })
      await page.locator('[data-testid="mat-slot"][data-type="GRADUATION_CERTIFICATE"][data-status="PENDING_REVIEW"]').waitFor({ timeout: 20_000 })
      await page.locator('[data-testid="mat-summary"][data-complete="true"]').waitFor()
      await waitForText(page.getByTestId('mat-summary'), /必需材料已齐全/)
      await page.screenshot({ path: `${artifacts}/materials-complete.png`, fullPage: true })
    },
  },
  {
    name: 'the materials page fits a phone screen',
    async run({ page, artifacts }: JourneyContext) {
      await page.setViewportSize({ width: 375, height: 812 })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${artifacts}/materials-phone.png`, fullPage: true })
      const overflow = await sidewaysOverflow(page)
      assert(overflow <= 0, `the materials page scrolls sideways by ${overflow}px at 375px`)
      await page.setViewportSize({ width: 1280, height: 900 })
    },
  },
  {
    name: 'back in the wizard, the final page shows the materials complete',
    async run({ page }: JourneyContext) {
      await page.getByTestId('mat-to-wizard').click()
      await wizardPage(page, /7\. 确认提交/)
      await waitForText(page.getByTestId('wiz-summary-MATERIALS'), /必需材料已齐全/)
    },
  },
  {
    name: 'submits and sees 审核中 with the review progress',
    async run({ page, artifacts, state }: JourneyContext) {
      await page.getByTestId('wiz-submit').click()
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await path(page, /^\/applications$/)
      const c = page.locator(`[data-testid="application-card"][data-application-id="${state.applicationId}"]`)
      await waitForText(c.getByTestId('app-state'), /审核中/)
      await waitForText(c.getByTestId('app-level-POINT'), /报名点/)
      // the card first shows the list summary, then the detail with the review progress: wait for it
      await c.locator('[data-testid="app-level-POINT"][data-status="IN_REVIEW"]').waitFor({ state: 'visible', timeout: 15_000 })
      await c.locator('[data-testid="app-level-NATIONAL"][data-status="WAITING"]').waitFor({ state: 'visible', timeout: 15_000 })
      await waitForText(c.getByTestId('app-auto-refresh'), /自动更新/)
      await c.getByTestId('app-history-toggle').click()
      await waitForText(c.getByTestId('app-history'), /提交报名/)
      await page.screenshot({ path: `${artifacts}/applications-under-review.png`, fullPage: true })
      // Marks this page load: it must survive until the approval shows (no reload on the way).
      await page.evaluate(() => ((window as unknown as { __e2ePageLoad: string }).__e2ePageLoad = 'kept'))
    },
  },
  {
    name: 'a registration point accepts the materials and reviewers approve at every level through the API',
    async run({ apiUrl, state }: JourneyContext) {
      const admin = await login(apiUrl, ADMIN.username, ADMIN.password)
      assert(!admin.mustChangePassword, 'the demo national administrator should be ready')
      const point = await operator(apiUrl, admin.accessToken, 'REGISTRATION_POINT', { areaCode: AREA, siteCode: SITE, pointCode: POINT })
      const site = await operator(apiUrl, admin.accessToken, 'SITE', { areaCode: AREA, siteCode: SITE })
      const area = await operator(apiUrl, admin.accessToken, 'AREA', { areaCode: AREA })
      const id = state.applicationId!
      assert((await acceptMaterials(apiUrl, point, id)) === 2, 'the registration point accepts the photo and the scan')
      assert((await approve(apiUrl, point, id)).reviewLevel === 'SITE', 'after the point the site reviews')
      assert((await approve(apiUrl, site, id, { identityVerified: true })).reviewLevel === 'AREA', 'after the site the area reviews')
      assert((await approve(apiUrl, area, id)).reviewLevel === 'NATIONAL', 'after the area the national centre reviews')
      assert((await approve(apiUrl, admin.accessToken, id)).state === 'APPROVED', 'the national approval is final')
    },
  },
  {
    name: 'the page shows 审核通过 without a reload',
    async run({ page, state }: JourneyContext) {
      const c = page.locator(`[data-testid="application-card"][data-application-id="${state.applicationId}"]`)
      // The card polls every 10 s while under review.
      await waitForText(c.getByTestId('app-state'), /审核通过/, 25_000)
      const mark = await page.evaluate(() => (window as unknown as { __e2ePageLoad?: string }).__e2ePageLoad)
      assert(mark === 'kept', 'the page was reloaded')
      for (const level of ['POINT', 'SITE', 'AREA', 'NATIONAL']) {
        await c.locator(`[data-testid="app-level-${level}"][data-status="APPROVED"]`).waitFor({ state: 'visible', timeout: 5_000 })
      }
      await waitForText(c.getByTestId('app-history'), /审核通过/)
      await waitForText(c, /已现场核验/)
      assert((await c.getByTestId('app-withdraw').count()) === 0, 'an approved application cannot be withdrawn')
    },
  },
  {
    name: 'the materials page shows both accepted and frozen',
    async run({ page, spaUrl, state }: JourneyContext) {
      const c = page.locator(`[data-testid="application-card"][data-application-id="${state.applicationId}"]`)
      await c.getByTestId('app-materials').click()
      await path(page, new RegExp(`^/applications/${state.applicationId}/materials$`))
      await waitForText(page.getByTestId('mat-summary'), /均已审核通过/)
      await page.getByTestId('mat-frozen').waitFor()
      assert((await page.locator('[data-testid="mat-slot"][data-status="ACCEPTED"]').count()) === 2, 'both materials accepted')
      assert((await page.locator('[data-testid="mat-drop"]').count()) === 0, 'no uploads once approved')
      await page.goto(`${spaUrl}/applications`)
      await c.getByTestId('app-state').waitFor()
    },
  },
  {
    name: 'downloads the registration success notice (PDF)',
    async run({ page, artifacts, state }: JourneyContext) {
      const c = page.locator(`[data-testid="application-card"][data-application-id="${state.applicationId}"]`)
      const response = page.waitForResponse((r) => r.url().includes(`/api/v1/applications/${state.applicationId}/notice.pdf`))
      const download = page.waitForEvent('download', { timeout: 20_000 }).catch(() => null)
      await c.getByTestId('app-download-notice').click()
      const res = await response
      if (res.status() === 200) {
        const type = res.headers()['content-type'] ?? ''
        assert(type.startsWith('application/pdf'), `the notice should be a PDF, is ${type}`)
        const file = await download
        assert(file, 'the browser should save the notice')
        const saved = `${artifacts}/notice.pdf`
        await file.saveAs(saved)
        const { readFile } = await import('node:fs/promises')
        const head = (await readFile(saved)).subarray(0, 5).toString('latin1')
        assert(head === '%PDF-', `the saved notice should start with %PDF-, starts with ${JSON.stringify(head)}`)
      } else {
        // Before the backend serves the document: the server's message is shown.
        const problem = (await res.json().catch(() => ({}))) as { title?: string }
        assert(problem.title, `expected a problem+json answer, got ${res.status()}`)
        await waitForText(c.getByTestId('app-download-error'), new RegExp(problem.title))
      }
    },
  },
  {
    name: 'my applications fit a phone screen',
    async run({ page, artifacts }: JourneyContext) {
      await page.setViewportSize({ width: 375, height: 812 })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${artifacts}/applications-phone.png`, fullPage: true })
      const overflow = await sidewaysOverflow(page)
      assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375px`)
      await page.setViewportSize({ width: 1280, height: 900 })
    },
  },
  {
    name: 'withdraws another application (放弃报考) and applies again',
    async run({ page, spaUrl }: JourneyContext) {
      const assistant = `${YEAR}210` // 临床执业助理医师
      await page.goto(`${spaUrl}/exams?year=${YEAR}&level=ASSISTANT`)
      await page.locator(`[data-testid="exam-row"][data-exam-code="${assistant}"]`).getByTestId('exam-apply').click()
      await path(page, /^\/applications\/[^/]+\/edit$/)
      const first = new URL(page.url()).pathname.split('/')[2]!

      await page.getByTestId('nav-applications').click()
      const c = page.locator(`[data-testid="application-card"][data-application-id="${first}"]`)
      await waitForText(c.getByTestId('app-state'), /草稿/)
      await c.getByTestId('app-withdraw').click()
      await waitForText(page.locator('.el-message-box'), /确定放弃报考吗/)
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await waitForText(c.getByTestId('app-state'), /已放弃/)

      await c.getByTestId('app-reapply').click()
      await path(page, /^\/applications\/[^/]+\/edit$/)
      const second = new URL(page.url()).pathname.split('/')[2]!
      assert(second !== first, 'applying again starts a new application')
      await waitForText(page.getByTestId('wiz-exam-code'), new RegExp(assistant))
    },
  },
]
