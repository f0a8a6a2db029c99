import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import type { ApplicationFeeView } from '@/api/types'
import FeeSection from './FeeSection.vue'
import { fee, json, order, paid, writtenNotEligible } from './testData'

let fees: ApplicationFeeView[] = []
let posts: Request[] = []
let payAnswer: () => Response | Promise<Response> = () => json(order(), 201)

function stubApi() {
  vi.stubGlobal('fetch', async (req: Request) => {
    const path = new URL(req.url).pathname
    if (path.endsWith('/fees')) return json(fees)
    if (path.endsWith('/qrcode')) return new Response(new Blob(['png'], { type: 'image/png' }), { headers: { 'Content-Type': 'image/png' } })
    if (req.method === 'POST' && path === '/api/v1/payment-orders') {
      posts.push(req)
      return payAnswer()
    }
    if (path.startsWith('/api/v1/payment-orders/')) return json(fees.find((f) => f.order)?.order ?? order())
    throw new Error(`unexpected ${req.method} ${path}`)
  })
}

async function mountSection(props: Partial<InstanceType<typeof FeeSection>['$props']> = {}) {
  const w = mount(FeeSection, {
    props: { applicationId: 'a1', applicantName: '周晓梅', version: 3, ...props },
    global: { plugins: [createPinia(), i18n, ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return w
}

const feeRow = (w: VueWrapper, item: 'SKILLS' | 'WRITTEN') => w.get(`[data-testid="fee"][data-fee-item="${item}"]`)

describe('FeeSection', { timeout: 30_000 }, () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setLocale('zh-CN')
    posts = []
    payAnswer = () => json(order(), 201)
    URL.createObjectURL = vi.fn(() => 'blob:qr')
    URL.revokeObjectURL = vi.fn()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-11-23T10:00:00+08:00'))
    stubApi()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows each fee with its amount in yuan, window in China time, and a Pay button only when payable', async () => {
    fees = [fee(), writtenNotEligible()]
    wrapper = await mountSection()
    const skills = feeRow(wrapper, 'SKILLS')
    expect(skills.get('[data-testid="fee-name"]').text()).toBe('技能考试费')
    expect(skills.get('[data-testid="fee-amount"]').text()).toBe('¥289.00')
    expect(skills.get('[data-testid="fee-status"]').text()).toBe('待缴费')
    expect(skills.get('[data-testid="fee-window"]').text()).toBe('缴费时间 2026-11-22 00:00 至 2026-12-23 23:59')
    expect(skills.find('[data-testid="fee-pay"]').exists()).toBe(true)

    const written = feeRow(wrapper, 'WRITTEN')
    expect(written.get('[data-testid="fee-name"]').text()).toBe('综合笔试费')
    expect(written.get('[data-testid="fee-amount"]').text()).toBe('¥176.00')
    expect(written.get('[data-testid="fee-status"]').text()).toBe('暂不可缴费')
    expect(written.get('[data-testid="fee-reason"]').text()).toBe('本年度实践技能考试合格或符合免考条件的考生才能缴纳综合笔试费')
    expect(written.find('[data-testid="fee-pay"]').exists()).toBe(false)
  })

  it('shows a fee not open yet or given up with its dates and the server’s reason, without a Pay button', async () => {
    fees = [
      fee({ status: 'GIVEN_UP', reasonCode: 'PAYMENT_WINDOW_CLOSED', reason: '缴费时间已截止（2026-11-22 00:00 至 2026-11-23 00:00），逾期视为弃考' }),
      writtenNotEligible(),
    ]
    fees[1] = { ...fees[1]!, status: 'NOT_OPEN', reasonCode: 'PAYMENT_WINDOW_NOT_OPEN', reason: '缴费时间为 2027-02-23 00:00 至 2027-03-09 23:59' }
    wrapper = await mountSection()
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-status"]').text()).toBe('逾期未缴（视为弃考）')
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-reason"]').text()).toContain('逾期视为弃考')
    expect(feeRow(wrapper, 'WRITTEN').get('[data-testid="fee-status"]').text()).toBe('未到缴费时间')
    expect(feeRow(wrapper, 'WRITTEN').get('[data-testid="fee-window"]').text()).toContain('2027-02-23 00:00')
    expect(feeRow(wrapper, 'WRITTEN').get('[data-testid="fee-reason"]').text()).toBe('缴费时间为 2027-02-23 00:00 至 2027-03-09 23:59')
    expect(wrapper.findAll('[data-testid="fee-pay"]')).toHaveLength(0)
  })

  it('pays: the button is disabled while the request runs, then the QR code, countdown, 缴费号 and sandbox link show', async () => {
    fees = [fee(), writtenNotEligible()]
    let answer: () => void = () => {}
    payAnswer = () => new Promise<Response>((r) => (answer = () => r(json(order({ expiresAt: '2026-11-23T12:00:00+08:00' }), 201))))
    wrapper = await mountSection()
    const button = feeRow(wrapper, 'SKILLS').get('[data-testid="fee-pay"]')
    await button.trigger('click')
    await flushPromises()
    expect(button.attributes('disabled')).toBeDefined()
    await button.trigger('click') // ignored while the first runs
    answer()
    await flushPromises()
    expect(posts).toHaveLength(1)
    expect(posts[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)

    const skills = feeRow(wrapper, 'SKILLS')
    expect(skills.get('[data-testid="fee-status"]').text()).toBe('支付中')
    const paying = skills.get('[data-testid="fee-paying"]')
    expect(paying.get('[data-testid="pay-qr-image"]').attributes('src')).toBe('blob:qr')
    expect(paying.get('[data-testid="pay-amount"]').text()).toBe('¥289.00')
    expect(paying.get('[data-testid="pay-item"]').text()).toBe('技能考试费')
    expect(paying.get('[data-testid="pay-countdown"]').text()).toBe('剩余支付时间 2:00:00')
    await vi.advanceTimersByTimeAsync(61_000)
    expect(paying.get('[data-testid="pay-countdown-time"]').text()).toBe('1:58:59')
    expect(paying.get('[data-testid="pay-by-number"]').text()).toContain('在省非税缴费账户输入姓名和缴费号')
    expect(paying.get('[data-testid="pay-name"]').text()).toBe('周晓梅')
    expect(paying.get('[data-testid="pay-number"]').text()).toBe('430123456789')
    const link = paying.get('[data-testid="pay-sandbox-link"]')
    expect(link.text()).toBe('打开沙箱支付页面')
    expect(link.attributes('href')).toBe('http://localhost:8080/sandbox/pay/EX2026112300000012345678')
    expect(link.attributes('target')).toBe('_blank')
    expect(paying.get('[data-testid="pay-close"]').text()).toBe('关闭订单')
  })

  it('shows the server’s detail when the payment is refused (409)', async () => {
    fees = [fee()]
    payAnswer = () =>
      json({ type: 'about:blank', status: 409, code: 'SITE_APPROVAL_REQUIRED', title: '暂不能缴费', detail: '考点审核通过后才能缴纳该项费用' }, 409)
    wrapper = await mountSection()
    await feeRow(wrapper, 'SKILLS').get('[data-testid="fee-pay"]').trigger('click')
    await flushPromises()
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-error"]').text()).toContain('暂不能缴费：考点审核通过后才能缴纳该项费用')
  })

  it('shows a paid fee with order and transaction numbers, the note to keep them and the receipt', async () => {
    fees = [fee({ status: 'PAID', order: paid() }), writtenNotEligible()]
    wrapper = await mountSection()
    const skills = feeRow(wrapper, 'SKILLS')
    expect(skills.get('[data-testid="fee-status"]').text()).toBe('已缴费')
    expect(skills.get('[data-testid="paid-order-no"]').text()).toBe('EX2026112300000012345678')
    expect(skills.get('[data-testid="paid-transaction-id"]').text()).toBe('SB5443838884608147063')
    expect(skills.get('[data-testid="paid-keep-note"]').text()).toContain('无订单号可能导致后期无法退款')
    expect(skills.get('[data-testid="paid-receipt"]').text()).toBe('下载缴费凭证')
    expect(skills.text()).toContain('2026-11-23 10:02')
    expect(skills.find('[data-testid="fee-paying"]').exists()).toBe(false)
  })

  it('turns to 已缴费 by itself when the open order is paid elsewhere', async () => {
    fees = [fee({ status: 'PAYING', order: order() }), writtenNotEligible()]
    wrapper = await mountSection()
    expect(feeRow(wrapper, 'SKILLS').find('[data-testid="fee-paying"]').exists()).toBe(true)
    fees = [fee({ status: 'PAID', order: paid() }), writtenNotEligible()]
    await vi.advanceTimersByTimeAsync(2_500)
    await flushPromises()
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-status"]').text()).toBe('已缴费')
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="paid-transaction-id"]').text()).toBe('SB5443838884608147063')
  })

  it('speaks English with the server’s reason as it came', async () => {
    setLocale('en')
    fees = [fee({ status: 'PAYING', order: order() }), { ...writtenNotEligible(), reason: 'Only candidates who passed the skills exam may pay the written fee' }]
    wrapper = await mountSection()
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-name"]').text()).toBe('Practical skills exam fee')
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="fee-status"]').text()).toBe('Paying')
    expect(feeRow(wrapper, 'SKILLS').get('[data-testid="pay-sandbox-link"]').text()).toBe('Open the sandbox payment page')
    expect(feeRow(wrapper, 'WRITTEN').get('[data-testid="fee-reason"]').text()).toBe('Only candidates who passed the skills exam may pay the written fee')
  })

  it('shows only paid fees of an application that is no longer live, and nothing when none was paid', async () => {
    fees = [fee({ status: 'PAID', order: paid() }), writtenNotEligible()]
    wrapper = await mountSection({ paidOnly: true })
    expect(wrapper.findAll('[data-testid="fee"]').map((f) => f.attributes('data-fee-item'))).toEqual(['SKILLS'])
    wrapper.unmount()
    fees = [{ ...fee(), status: 'NOT_ELIGIBLE', reason: '报名已放弃' }, writtenNotEligible()]
    wrapper = await mountSection({ paidOnly: true })
    expect(wrapper.find('[data-testid="fees"]').exists()).toBe(false)
  })
})
