// Paying the skills fee, end to end, against the real API and its sandbox gateway (see run.mjs): a fresh candidate
// with a submitted application (set up through the API; applying itself is application.spec's journey) logs in,
// sees the fees of the application on “my applications”, pays the skills fee (the QR code, amount, countdown and
// 缴费号 show), closes that order and pays again, opens the sandbox payment page from the link and pays there; back in the SPA the fee shows 已缴费 with
// the order and transaction numbers without a reload, and the receipt (PDF) downloads.
import type { Locator, Page } from 'playwright-core'
import type { JourneyContext, Step } from './harness'
import { apiCall, apiLogin, assert, assertPdf, checkCharacter, CHINA_YEAR, digits, path, random, sidewaysOverflow, waitForText, apiUploadRequired } from './support'

// ---- Test data -------------------------------------------------------------------------------------------

// A fresh candidate for every run, born 1990-09-21 in a Changsha district (Hunan, area 43).
const DISTRICTS = ['430102', '430103', '430104', '430105', '430111', '430112']
const FIRST17 = `${DISTRICTS[random(DISTRICTS.length)]}19900921${digits(3)}`
const RESIDENT_ID = FIRST17 + checkCharacter(FIRST17)
const STAMP = `${Date.now().toString(36)}${digits(2)}`
const USERNAME = `e2e_pay_${STAMP}`
const PASSWORD = `Passw0rd${digits(4)}`
const NAME = '周晓梅'

const EXAM_CODE = `${CHINA_YEAR}110` // 临床执业医师: skills fee ¥289.00, payable now in the demo data
const AREA = '43' // 湖南省
const SITE = '4301' // 长沙市考点

interface Application {
  id: string
  version: number
  state: string
}

const card = (page: Page, state: Record<string, string>) =>
  page.locator(`[data-testid="application-card"][data-application-id="${state.applicationId}"]`)
const fee = (c: Locator, item: 'SKILLS' | 'WRITTEN') => c.locator(`[data-testid="fee"][data-fee-item="${item}"]`)

// ---- The journey -----------------------------------------------------------------------------------------

export const steps: Step[] = [
  {
    name: 'a candidate with a submitted application (set up through the API)',
    async run({ apiUrl, state }: JourneyContext) {
      await apiCall(apiUrl, 'POST', '/api/v1/candidates', {
        username: USERNAME,
        password: PASSWORD,
        securityQuestion: '我出生的城市是？',
        securityAnswer: '湘江之滨长沙',
        name: NAME,
        region: 'MAINLAND',
        documentType: 'RESIDENT_ID',
        documentNumber: RESIDENT_ID,
        mobile: `139${digits(8)}`,
        email: `${USERNAME}@example.cn`,
      })
      const { accessToken: token } = await apiLogin(apiUrl, USERNAME, PASSWORD)
      const profile = await apiCall<{ version: number; contact: Record<string, unknown> }>(apiUrl, 'GET', '/api/v1/candidates/me', undefined, token)
      await apiCall(
        apiUrl,
        'PUT',
        '/api/v1/candidates/me',
        { version: profile.version, contact: profile.contact, work: { employmentStatus: 'EMPLOYED', employer: '湖南省人民医院' } },
        token,
      )
      const education = await apiCall<{ id: string }>(
        apiUrl,
        'POST',
        '/api/v1/candidates/me/educations',
        {
          level: 'UNDERGRADUATE',
          startMonth: '2008-09',
          endMonth: '2013-07',
          school: '中南大学湘雅医学院',
          major: '临床医学',
          studyForm: 'FULL_TIME',
          certificateNumber: `105331${digits(12)}`,
        },
        token,
      )
      const draft = await apiCall<Application>(apiUrl, 'POST', '/api/v1/applications', { examCode: EXAM_CODE }, token)
      const filled = await apiCall<Application>(
        apiUrl,
        'PATCH',
        `/api/v1/applications/${draft.id}`,
        { version: draft.version, educationIds: [education.id], areaCode: AREA, siteCode: SITE, attempts: 1 },
        token,
      )
      await apiUploadRequired(apiUrl, filled.id, token)
      const submitted = await apiCall<Application>(apiUrl, 'POST', `/api/v1/applications/${filled.id}/submit`, undefined, token)
      assert(submitted.state === 'UNDER_REVIEW', `the application should be under review, is ${submitted.state}`)
      state.applicationId = submitted.id
    },
  },
  {
    name: 'logs in and sees the fees of the application: the skills fee payable, the written fee not yet',
    async run({ page, spaUrl, state }: JourneyContext) {
      await page.goto(`${spaUrl}/login`)
      await page.getByTestId('lang-zh').click()
      await page.getByTestId('login-username').fill(USERNAME)
      await page.getByTestId('login-password').fill(PASSWORD)
      await page.getByTestId('login-submit').click()
      await path(page, /^\/profile$/)
      await page.getByTestId('nav-applications').click()
      await path(page, /^\/applications$/)

      const skills = fee(card(page, state), 'SKILLS')
      await waitForText(skills.getByTestId('fee-status'), /待缴费/)
      await waitForText(skills.getByTestId('fee-name'), /技能考试费/)
      await waitForText(skills.getByTestId('fee-amount'), /^¥289\.00$/)
      await waitForText(skills.getByTestId('fee-window'), /缴费时间 \d{4}-\d{2}-\d{2} 00:00 至 \d{4}-\d{2}-\d{2} 23:59/)
      // The written fee waits for the skills result: the server says why, in the UI language.
      const written = fee(card(page, state), 'WRITTEN')
      await waitForText(written.getByTestId('fee-status'), /暂不可缴费|未到缴费时间/)
      await waitForText(written.getByTestId('fee-reason'), /\S/)
      assert((await written.getByTestId('fee-pay').count()) === 0, 'the written fee cannot be paid yet')
    },
  },
  {
    name: 'pays the skills fee: the QR code, amount, countdown and 缴费号 show',
    async run({ page, artifacts, state }: JourneyContext) {
      const skills = fee(card(page, state), 'SKILLS')
      const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/payment-orders'))
      await skills.getByTestId('fee-pay').click()
      const key = (await request).headers()['idempotency-key'] ?? ''
      assert(/^[0-9a-f-]{36}$/.test(key), `the order should be created with an Idempotency-Key (a UUID), got ${JSON.stringify(key)}`)

      const paying = skills.getByTestId('fee-paying')
      await paying.waitFor({ state: 'visible' })
      state.orderNo = (await paying.getAttribute('data-order-no')) ?? ''
      assert(state.orderNo, 'the open order should be shown')
      await waitForText(skills.getByTestId('fee-status'), /支付中/)
      await waitForText(paying.getByTestId('pay-amount'), /^¥289\.00$/)
      await waitForText(paying.getByTestId('pay-item'), /技能考试费/)
      await waitForText(paying.getByTestId('pay-order-no'), new RegExp(state.orderNo))

      const qr = paying.getByTestId('pay-qr-image')
      await qr.waitFor({ state: 'visible' })
      await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await qr.elementHandle())

      // A live countdown (orders stay payable up to 2 h).
      const time = paying.getByTestId('pay-countdown-time')
      const before = (await time.textContent()) ?? ''
      assert(/^(\d:)?\d{2}:\d{2}$/.test(before), `the countdown should read H:MM:SS or MM:SS, reads ${before}`)
      await page.waitForFunction(
        ([el, was]) => (el as HTMLElement).textContent !== was,
        [await time.elementHandle(), before] as const,
        { timeout: 5_000 },
      )

      // Pay by number: the name and the 缴费号, big.
      const byNumber = paying.getByTestId('pay-by-number')
      await waitForText(byNumber, /在省非税缴费账户输入姓名和缴费号/)
      await waitForText(byNumber.getByTestId('pay-name'), new RegExp(NAME))
      await waitForText(byNumber.getByTestId('pay-number'), /^\d{6,16}$/)

      await page.screenshot({ path: `${artifacts}/payment-paying.png`, fullPage: true })
      // Marks this page load: it must survive until the payment shows (no reload on the way).
      await page.evaluate(() => ((window as unknown as { __e2ePageLoad: string }).__e2ePageLoad = 'kept'))
    },
  },
  {
    name: 'closes the order and pays again: a new order',
    async run({ page, state }: JourneyContext) {
      const skills = fee(card(page, state), 'SKILLS')
      await skills.getByTestId('pay-close').click()
      await waitForText(page.locator('.el-message-box'), /确定关闭该订单吗/)
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await waitForText(skills.getByTestId('fee-status'), /待缴费/)
      await skills.getByTestId('fee-pay').click()
      const paying = skills.getByTestId('fee-paying')
      await paying.waitFor({ state: 'visible' })
      const again = (await paying.getAttribute('data-order-no')) ?? ''
      assert(again && again !== state.orderNo, `paying again should open a new order, got ${again} after ${state.orderNo}`)
      state.orderNo = again
      await paying.getByTestId('pay-qr-image').waitFor({ state: 'visible' })
    },
  },
  {
    name: 'the QR code and 缴费号 fit a phone screen',
    async run({ page, artifacts }: JourneyContext) {
      await page.setViewportSize({ width: 375, height: 812 })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${artifacts}/payment-paying-phone.png`, fullPage: true })
      const overflow = await sidewaysOverflow(page)
      assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375px`)
      await page.setViewportSize({ width: 1280, height: 900 })
    },
  },
  {
    name: 'opens the sandbox payment page from the link and pays there',
    async run({ page, context, apiUrl, artifacts, state }: JourneyContext) {
      const link = fee(card(page, state), 'SKILLS').getByTestId('pay-sandbox-link')
      assert((await link.getAttribute('target')) === '_blank', 'the sandbox page opens in a new tab')
      const opened = context.waitForEvent('page')
      await link.click()
      const gateway = await opened
      try {
        await gateway.waitForLoadState()
        const url = new URL(gateway.url())
        assert(url.origin === apiUrl && url.pathname === `/sandbox/pay/${state.orderNo}`, `unexpected sandbox page ${gateway.url()}`)
        await waitForText(gateway.locator('#amount'), /¥289\.00/)
        await waitForText(gateway.locator('#orderNo'), new RegExp(state.orderNo!))
        await gateway.locator('#pay').click()
        await waitForText(gateway.locator('#result'), /支付成功/)
        await gateway.screenshot({ path: `${artifacts}/payment-sandbox.png`, fullPage: true })
      } finally {
        await gateway.close()
      }
      await page.bringToFront()
    },
  },
  {
    name: 'the fee shows 已缴费 with the order and transaction numbers, without a reload',
    async run({ page, artifacts, state }: JourneyContext) {
      const skills = fee(card(page, state), 'SKILLS')
      // The notification arrives after ~1 s; the page reads the open order every 2.5 s.
      await waitForText(skills.getByTestId('fee-status'), /已缴费/, 20_000)
      const mark = await page.evaluate(() => (window as unknown as { __e2ePageLoad?: string }).__e2ePageLoad)
      assert(mark === 'kept', 'the page was reloaded')
      const paid = skills.getByTestId('fee-paid')
      await waitForText(paid.getByTestId('paid-order-no'), new RegExp(`^${state.orderNo}$`))
      const transaction = ((await paid.getByTestId('paid-transaction-id').textContent()) ?? '').trim()
      assert(/^[0-9A-Za-z_-]{8,}$/.test(transaction), `the transaction number should show, shows ${JSON.stringify(transaction)}`)
      await waitForText(paid.getByTestId('paid-keep-note'), /无订单号可能导致后期无法退款/)
      assert((await skills.getByTestId('fee-paying').count()) === 0, 'the QR code is gone once paid')
      assert((await skills.getByTestId('fee-pay').count()) === 0, 'a paid fee cannot be paid again')
      await page.screenshot({ path: `${artifacts}/payment-paid.png`, fullPage: true })
    },
  },
  {
    name: 'downloads the payment receipt (PDF)',
    async run({ page, artifacts, state }: JourneyContext) {
      const paid = fee(card(page, state), 'SKILLS').getByTestId('fee-paid')
      const response = page.waitForResponse((r) => r.url().includes(`/api/v1/payment-orders/${state.orderNo}/receipt.pdf`))
      const download = page.waitForEvent('download', { timeout: 20_000 })
      await paid.getByTestId('paid-receipt').click()
      const res = await response
      assert(res.status() === 200, `the receipt should download, got ${res.status()}`)
      const type = res.headers()['content-type'] ?? ''
      assert(type.startsWith('application/pdf'), `the receipt should be a PDF, is ${type}`)
      const saved = `${artifacts}/receipt.pdf`
      await (await download).saveAs(saved)
      await assertPdf(saved)
    },
  },
]
