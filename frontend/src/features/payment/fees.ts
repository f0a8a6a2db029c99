// What a fee's status and its order mean on screen, without a screen: tag colours, which orders are still open
// (and so polled), idempotency keys. Texts are i18n keys (enums.feeStatus.*, payments.*).
import type { ApplicationFeeView, FeeStatus, PaymentOrderStatus, PaymentOrderView } from '@/api/types'
import type { TagType } from '@/features/application/status'

/** How often an open order is read again while the candidate pays elsewhere (the gateway page, the bank app). */
export const ORDER_POLL_INTERVAL_MS = 2_500

const FEE_TAGS: Record<FeeStatus, TagType> = {
  NOT_ELIGIBLE: 'info',
  NOT_OPEN: 'info',
  PAYABLE: 'warning',
  PAYING: 'primary',
  PAID: 'success',
  GIVEN_UP: 'danger',
}

/** The Element Plus tag type of a fee status. */
export const feeTagType = (status: FeeStatus): TagType => FEE_TAGS[status] ?? 'info'

/** An order the gateway may still pay: its QR code and 缴费号 are live, so it is watched. */
export const isOpenOrder = (status: PaymentOrderStatus) => status === 'CREATED' || status === 'PAYING'

/** A paid order (also while or after a refund runs): its order and transaction numbers are kept. */
export const isPaidOrder = (status: PaymentOrderStatus) => status === 'PAID' || status === 'REFUNDING' || status === 'REFUNDED'

/** The open order of a fee that is being paid, if any. */
export function openOrderOf(fee: ApplicationFeeView): PaymentOrderView | null {
  return fee.status === 'PAYING' && fee.order && isOpenOrder(fee.order.status) ? fee.order : null
}

/** The candidate can pay by name + 缴费号 in the province's non-tax payment account. */
export const offersPayByNumber = (fee: ApplicationFeeView) => fee.channels.includes('PAY_BY_NUMBER')

/**
 * The sandbox gateway's pay-by-number page (the province account it plays), next to the order's sandbox link;
 * null for other channels or a link that is not a URL.
 */
export function sandboxPayByNumberUrl(order: Pick<PaymentOrderView, 'channel' | 'codeUrl'>): string | null {
  if (order.channel !== 'SANDBOX' || !order.codeUrl) return null
  try {
    return `${new URL(order.codeUrl).origin}/sandbox/pay-by-number`
  } catch {
    return null
  }
}

/**
 * A new Idempotency-Key (a UUID v4) for one intended payment. crypto.randomUUID needs a secure context
 * (https or localhost); elsewhere the same format is built from crypto.getRandomValues.
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  const b = new Uint8Array(16)
  c.getRandomValues(b)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
