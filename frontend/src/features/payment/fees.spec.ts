import { afterEach, describe, expect, it, vi } from 'vitest'
import { FEE_STATUSES, PAYMENT_CHANNELS, PAYMENT_ORDER_STATUSES } from '@/api/enums'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { feeTagType, isOpenOrder, isPaidOrder, newIdempotencyKey, offersPayByNumber, openOrderOf, sandboxPayByNumberUrl } from './fees'
import { fee, order, paid } from './testData'

describe('fee labels', () => {
  it('names every fee status, order status and channel in both languages', () => {
    expect(FEE_STATUSES.map((s) => zh.enums.feeStatus[s])).toEqual(['暂不可缴费', '未到缴费时间', '待缴费', '支付中', '已缴费', '逾期未缴（视为弃考）'])
    for (const s of FEE_STATUSES) expect(en.enums.feeStatus[s]).toMatch(/\w/)
    for (const s of PAYMENT_ORDER_STATUSES) expect([zh.enums.orderStatus[s], en.enums.orderStatus[s]].every(Boolean)).toBe(true)
    for (const c of PAYMENT_CHANNELS) expect([zh.enums.paymentChannel[c], en.enums.paymentChannel[c]].every(Boolean)).toBe(true)
    expect(zh.enums.feeItem).toEqual({ SKILLS: '技能考试费', WRITTEN: '综合笔试费' })
  })
  it('colours fees: paid green, given up red, payable amber', () => {
    expect(feeTagType('PAID')).toBe('success')
    expect(feeTagType('GIVEN_UP')).toBe('danger')
    expect(feeTagType('PAYABLE')).toBe('warning')
    expect(feeTagType('PAYING')).toBe('primary')
    expect(feeTagType('NOT_OPEN')).toBe('info')
  })
})

describe('orders', () => {
  it('watches created and paying orders only', () => {
    expect(PAYMENT_ORDER_STATUSES.filter(isOpenOrder)).toEqual(['CREATED', 'PAYING'])
    expect(PAYMENT_ORDER_STATUSES.filter(isPaidOrder)).toEqual(['PAID', 'REFUNDING', 'REFUNDED'])
  })
  it('finds the open order of a fee being paid', () => {
    expect(openOrderOf(fee({ status: 'PAYING', order: order() }))?.orderNo).toBe('EX2026112300000012345678')
    expect(openOrderOf(fee({ status: 'PAYING', order: order({ status: 'EXPIRED' }) }))).toBeNull()
    expect(openOrderOf(fee({ status: 'PAID', order: paid() }))).toBeNull()
    expect(openOrderOf(fee({ status: 'PAYABLE' }))).toBeNull()
  })
  it('offers the pay-by-number details where the fee takes them, and the sandbox page beside the sandbox link', () => {
    expect(offersPayByNumber(fee())).toBe(true)
    expect(offersPayByNumber(fee({ channels: ['WECHAT_NATIVE'] }))).toBe(false)
    expect(sandboxPayByNumberUrl(order())).toBe('http://localhost:8080/sandbox/pay-by-number')
    expect(sandboxPayByNumberUrl(order({ channel: 'WECHAT_NATIVE', codeUrl: 'weixin://wxpay/bizpayurl?pr=abc' }))).toBeNull()
    expect(sandboxPayByNumberUrl(order({ codeUrl: 'not a url' }))).toBeNull()
  })
})

describe('newIdempotencyKey', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('makes a fresh UUID per intended payment', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey))
    expect(keys.size).toBe(50)
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('builds the same format where randomUUID is missing (plain http outside localhost)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xab) })
    expect(newIdempotencyKey()).toBe('abababab-abab-4bab-abab-abababababab')
  })
})
