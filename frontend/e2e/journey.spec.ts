// The candidate's first journey, end to end, against the real API (see run.mjs):
// open the SPA (Chinese), see the server refuse a resident ID with a wrong check character (in Chinese, then
// in English), register, log in, edit the contact address, add an education entry, reload to see both kept,
// check the phone width, log out.
import type { JourneyContext, Step } from './harness'
import { assert, checkCharacter, choose, digits, fieldError, path, random, typeMonth, waitForText, wrongCheckCharacter } from './support'

// ---- Test data -------------------------------------------------------------------------------------------

// A fresh identity for every run (one account per document): born 1990-03-07 in a random Beijing district.
const AREAS = ['110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111', '110112', '110113']
const FIRST17 = `${AREAS[random(AREAS.length)]}19900307${digits(3)}`
const RESIDENT_ID = FIRST17 + checkCharacter(FIRST17)
const WRONG_ID = FIRST17 + wrongCheckCharacter(FIRST17)
const SEX = Number(FIRST17[16]) % 2 === 1 ? '男' : '女'

const USERNAME = `e2e_${Date.now().toString(36)}${digits(2)}`
const PASSWORD = `Passw0rd${digits(4)}`
const ADDRESS = '北京市东城区帅府园一号'
const SCHOOL = '北京大学医学部'
const CERTIFICATE_NUMBER = `100011${digits(12)}`

// ---- The journey -----------------------------------------------------------------------------------------

export const steps: Step[] = [
  {
    name: 'opens the SPA in Chinese',
    async run({ page, spaUrl }: JourneyContext) {
      await page.goto(`${spaUrl}/`)
      await path(page, /^\/login$/)
      await page.getByTestId('lang-zh').click()
      await waitForText(page.getByTestId('brand'), /医师资格考试报名缴费平台/)
      await waitForText(page.locator('h1'), /考生登录/)
      assert((await page.getAttribute('html', 'lang')) === 'zh-CN', 'html lang should be zh-CN')
    },
  },
  {
    name: 'shows the server’s error for a wrong check character at the field, in Chinese then in English',
    async run({ page }: JourneyContext) {
      await page.getByTestId('to-register').click()
      await path(page, /^\/register$/)
      await page.getByTestId('reg-document-number').fill(WRONG_ID)
      await waitForText(fieldError(page, 'reg-document-number'), /校验/)

      await page.getByTestId('lang-en').click()
      const english = await waitForText(fieldError(page, 'reg-document-number'), /check/i)
      assert(!/[\u4e00-\u9fff]/.test(english), `the English message should have no Chinese: ${english}`)
      await waitForText(page.locator('h1'), /Candidate registration/)

      await page.getByTestId('lang-zh').click()
      await waitForText(fieldError(page, 'reg-document-number'), /校验/)
    },
  },
  {
    name: 'registers a new candidate and sees the birth date derived from the ID number',
    async run({ page, artifacts, state }: JourneyContext) {
      await page.getByTestId('reg-document-number').fill(RESIDENT_ID)
      await waitForText(page.getByTestId('derived-identity'), new RegExp(`出生日期 1990-03-07 · 性别 ${SEX}`))
      assert((await fieldError(page, 'reg-document-number').count()) === 0, 'the check-character error should be gone')

      await page.getByTestId('reg-username').fill(USERNAME)
      await page.getByTestId('reg-password').fill(PASSWORD)
      await page.getByTestId('reg-confirm-password').fill(PASSWORD)
      await page.getByTestId('reg-security-question').fill('我出生的城市是？')
      await page.keyboard.press('Escape')
      await page.getByTestId('reg-security-answer').fill('呼和浩特')
      await page.getByTestId('reg-name').fill('张晓明')
      await page.getByTestId('reg-mobile').fill(`139${digits(8)}`)
      await page.getByTestId('reg-email').fill(`${USERNAME}@example.cn`)
      await page.screenshot({ path: `${artifacts}/register.png`, fullPage: true })

      await page.getByTestId('reg-submit').click()
      await path(page, /^\/login$/)
      state.username = USERNAME
    },
  },
  {
    name: 'logs in',
    async run({ page, state }: JourneyContext) {
      const username = page.getByTestId('login-username')
      if ((await username.inputValue()) !== state.username) await username.fill(state.username!)
      await page.getByTestId('login-password').fill(PASSWORD)
      await page.getByTestId('login-submit').click()
      await path(page, /^\/profile$/)
      await waitForText(page.getByTestId('current-username'), new RegExp(USERNAME))
    },
  },
  {
    name: 'edits the contact address and adds an education entry',
    async run({ page }: JourneyContext) {
      await waitForText(page.getByTestId('basic-birth-date'), /1990-03-07/)
      await waitForText(page.getByTestId('basic-document-number'), new RegExp(RESIDENT_ID))
      await waitForText(page.getByTestId('basic-note'), /考务人员/)

      await page.getByTestId('contact-address').fill(ADDRESS)
      await page.getByTestId('contact-postal-code').fill('100730')
      await page.getByTestId('contact-save').click()
      await waitForText(page.locator('.el-message--success'), /保存成功/)

      await page.getByTestId('edu-add').click()
      await page.getByTestId('edu-school').waitFor({ state: 'visible' })
      await choose(page, 'edu-level', 'opt-level-UNDERGRADUATE')
      await typeMonth(page, 'edu-start', '2008-09')
      await typeMonth(page, 'edu-end', '2013-07')
      await page.getByTestId('edu-school').fill(SCHOOL)
      await page.getByTestId('edu-major').fill('临床医学')
      await page.getByTestId('edu-study-form-FULL_TIME').click()
      await page.getByTestId('edu-certificate-number').fill(CERTIFICATE_NUMBER)
      await page.getByTestId('edu-save').click()
      await page.getByTestId('edu-school').waitFor({ state: 'hidden' })
      await waitForText(page.getByTestId('section-educations'), new RegExp(SCHOOL))
      await waitForText(page.getByTestId('section-educations'), /2008-09 ~ 2013-07/)
    },
  },
  {
    name: 'reloads and finds the address and the education entry kept',
    async run({ page, artifacts }: JourneyContext) {
      await page.reload()
      await path(page, /^\/profile$/)
      await page.getByTestId('contact-address').waitFor({ state: 'visible' })
      const address = await page.getByTestId('contact-address').inputValue()
      assert(address === ADDRESS, `address after reload: ${address}`)
      await waitForText(page.getByTestId('section-educations'), new RegExp(SCHOOL))
      await waitForText(page.getByTestId('section-educations'), new RegExp(CERTIFICATE_NUMBER))
      await waitForText(page.getByTestId('section-educations'), /本科/)
      await page.screenshot({ path: `${artifacts}/profile.png`, fullPage: true })
    },
  },
  {
    name: 'fits a phone screen without sideways scrolling',
    async run({ page, artifacts }: JourneyContext) {
      await page.setViewportSize({ width: 375, height: 812 })
      await page.waitForTimeout(300)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      await page.screenshot({ path: `${artifacts}/profile-phone.png`, fullPage: true })
      assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375px`)
      const labelTop = await page.evaluate(() => document.querySelector('.el-form--label-top') !== null)
      assert(labelTop, 'forms should put labels on top under 768px')
      await page.setViewportSize({ width: 1280, height: 900 })
    },
  },
  {
    name: 'logs out and can no longer open the profile',
    async run({ page, spaUrl }: JourneyContext) {
      await page.getByTestId('user-menu').click()
      await page.getByTestId('menu-logout').click()
      await path(page, /^\/login$/)
      await page.goto(`${spaUrl}/profile`)
      await path(page, /^\/login$/)
    },
  },
]
