import { reactive, ref } from 'vue'
import { payments } from '@/api/payments'
import { fetchReceipt, saveBlob } from '@/api/download'
import { problemText, type ProblemInfo } from '@/api/problem'
import type { ApplicationFeeView, FeeItemKind, PaymentOrderView } from '@/api/types'
import { usePoller } from '@/composables/usePoller'
import { i18n } from '@/i18n'
import { isOpenOrder, isPaidOrder, newIdempotencyKey, openOrderOf, ORDER_POLL_INTERVAL_MS } from './fees'

type Busy = 'pay' | 'close' | 'receipt'

/**
 * A retry may still find the first attempt's order: the network or the gateway failed, or the first attempt is
 * still running. Then the next click sends the same Idempotency-Key; after any other answer it was settled.
 */
const retryable = (p: ProblemInfo) => p.status === 0 || p.status >= 500 || p.code === 'IDEMPOTENCY_KEY_IN_PROGRESS'

/**
 * The fees of one application and their payment: load them, pay one (one Idempotency-Key per intended payment,
 * reused by the retries of that click), watch an open order every 2.5 s until it is paid, closed or expired (only
 * while the page is visible; stops with the component), close it, download the receipt of a paid one.
 * Errors are kept per fee, as the server worded them.
 */
export function useFees(applicationId: () => string) {
  const fees = ref<ApplicationFeeView[] | null>(null)
  const loadError = ref('')
  const busy = reactive<Partial<Record<FeeItemKind, Busy>>>({})
  const errors = reactive<Partial<Record<FeeItemKind, string>>>({})
  /** The key of the payment the candidate asked for and the server has not settled yet, per fee. */
  const pendingKeys = new Map<FeeItemKind, string>()

  const message = (p: ProblemInfo) => problemText(p) || i18n.global.t('errors.generic', { status: p.status })

  /** Bumped whenever an answer about one order is shown: a list read that started before it is stale. */
  let changes = 0

  async function load(): Promise<void> {
    const before = changes
    const r = await payments.fees(applicationId())
    if (before !== changes) return void (await load())
    if (!r.ok) {
      loadError.value = message(r.problem)
      return
    }
    loadError.value = ''
    fees.value = r.data
  }

  /** Shows an order the server just returned on its fee (status follows the order until the next load). */
  function show(order: PaymentOrderView): void {
    const fee = fees.value?.find((f) => f.item === order.feeItem)
    if (!fee) return
    changes++
    fee.order = order
    if (isOpenOrder(order.status)) fee.status = 'PAYING'
    else if (isPaidOrder(order.status)) fee.status = 'PAID'
  }

  async function pay(item: FeeItemKind): Promise<void> {
    if (busy[item]) return
    const key = pendingKeys.get(item) ?? newIdempotencyKey()
    pendingKeys.set(item, key)
    busy[item] = 'pay'
    delete errors[item]
    const r = await payments.createOrder({ applicationId: applicationId(), feeItem: item }, key)
    delete busy[item]
    if (r.ok) {
      pendingKeys.delete(item)
      show(r.data)
      return
    }
    if (!retryable(r.problem)) pendingKeys.delete(item)
    errors[item] = message(r.problem)
    // Refused (window closed, already paid…): what the page shows is stale.
    if (r.problem.status === 409 && r.problem.code !== 'IDEMPOTENCY_KEY_IN_PROGRESS') await load()
  }

  async function close(item: FeeItemKind): Promise<void> {
    const fee = fees.value?.find((f) => f.item === item)
    const order = fee ? openOrderOf(fee) : null
    if (!order || busy[item]) return
    busy[item] = 'close'
    delete errors[item]
    const r = await payments.close(order.orderNo)
    delete busy[item]
    if (r.ok) show(r.data)
    else errors[item] = message(r.problem)
    await load()
  }

  /** Reads every open order again; when one has ended (paid, closed, expired) the fees are read again. */
  async function poll(): Promise<void> {
    const open = (fees.value ?? []).map(openOrderOf).filter((o): o is PaymentOrderView => o !== null)
    let ended = false
    for (const order of open) {
      const r = await payments.order(order.orderNo)
      if (!r.ok) continue
      show(r.data)
      if (!isOpenOrder(r.data.status)) ended = true
    }
    if (ended) await load()
  }

  const poller = usePoller(poll, {
    intervalMs: ORDER_POLL_INTERVAL_MS,
    active: () => !!fees.value?.some((f) => openOrderOf(f) !== null),
  })

  async function downloadReceipt(item: FeeItemKind): Promise<boolean> {
    const order = fees.value?.find((f) => f.item === item)?.order
    if (!order || busy[item]) return false
    busy[item] = 'receipt'
    delete errors[item]
    const r = await fetchReceipt(order.orderNo)
    delete busy[item]
    if (!r.ok) {
      errors[item] = message(r.problem)
      return false
    }
    saveBlob(r.data.blob, r.data.filename ?? `receipt-${order.orderNo}.pdf`)
    return true
  }

  return {
    fees,
    loadError,
    busy,
    errors,
    load,
    pay,
    close,
    downloadReceipt,
    /** Reads the open orders now (e.g. when the countdown reaches zero). */
    refresh: () => poller.runNow(),
  }
}
