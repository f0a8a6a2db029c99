// Contract-shaped fees and orders for the payment specs (typed by the generated schema, so they follow it).
import type { ApplicationFeeView, PaymentOrderView } from '@/api/types'

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })

export function order(over: Partial<PaymentOrderView> = {}): PaymentOrderView {
  return {
    orderNo: 'EX2026112300000012345678',
    paymentNo: '430123456789',
    applicationId: 'a1',
    applicationNumber: '20261100012345678',
    feeItem: 'SKILLS',
    amountFen: 28900,
    currency: 'CNY',
    channel: 'SANDBOX',
    status: 'PAYING',
    codeUrl: 'http://localhost:8080/sandbox/pay/EX2026112300000012345678',
    expiresAt: '2026-11-23T12:00:00+08:00',
    createdAt: '2026-11-23T10:00:00+08:00',
    ...over,
  }
}

export function fee(over: Partial<ApplicationFeeView> = {}): ApplicationFeeView {
  return {
    item: 'SKILLS',
    amountFen: 28900,
    currency: 'CNY',
    payOpens: '2026-11-22T00:00:00+08:00',
    payCloses: '2026-12-23T23:59:59+08:00',
    channels: ['SANDBOX', 'PAY_BY_NUMBER'],
    status: 'PAYABLE',
    ...over,
  }
}

export const paid = (over: Partial<PaymentOrderView> = {}) =>
  order({ status: 'PAID', codeUrl: undefined, transactionId: 'SB5443838884608147063', paidAt: '2026-11-23T10:02:11+08:00', ...over })

/** The written fee before the skills result: not payable, with the server's reason. */
export const writtenNotEligible = () =>
  fee({
    item: 'WRITTEN',
    amountFen: 17600,
    payOpens: '2027-02-23T00:00:00+08:00',
    payCloses: '2027-03-09T23:59:59+08:00',
    status: 'NOT_ELIGIBLE',
    reasonCode: 'SKILLS_RESULT_REQUIRED',
    reason: '本年度实践技能考试合格或符合免考条件的考生才能缴纳综合笔试费',
  })
