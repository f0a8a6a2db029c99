import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, type EffectScope } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { setLocale } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { useFees } from './useFees'
import { fee, json, order, paid, writtenNotEligible } from './testData'

type Handler = (req: Request, path: string) => Response | Promise<Response>

/** Stubs fetch: every request is recorded and answered by the first matching route (METHOD path-suffix). */
function serve(routes: Record<string, Handler>) {
  const requests: { method: string; path: string; key: string | null; body: string }[] = []
  vi.stubGlobal('fetch', async (req: Request) => {
    const path = new URL(req.url).pathname
    requests.push({ method: req.method, path, key: req.headers.get('Idempotency-Key'), body: await req.clone().text() })
    for (const [route, handler] of Object.entries(routes)) {
      const [method, suffix] = route.split(' ')
      if (req.method === method && path.endsWith(suffix!)) return handler(req, path)
    }
    throw new Error(`unexpected ${req.method} ${path}`)
  })
  return requests
}

/** Answers in turn, the last one for ever. */
function inTurn(...answers: (() => Response)[]): Handler {
  return () => (answers.length > 1 ? answers.shift()! : answers[0]!)()
}

const networkDown = (): Response => {
  throw new TypeError('Failed to fetch')
}
const problem = (status: number, code: string, title: string, detail: string) => () =>
  json({ type: 'about:blank', status, code, title, detail }, status)

describe('useFees', () => {
  let scope: EffectScope
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().login({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 600, role: 'CANDIDATE', mustChangePassword: false, username: 'u' })
    setLocale('zh-CN')
    scope = effectScope()
  })
  afterEach(() => {
    scope.stop()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  const start = () => scope.run(() => useFees(() => 'a1'))!

  it('retries a click with the same Idempotency-Key and takes a new one for the next payment', async () => {
    let fees = [fee(), writtenNotEligible()]
    const requests = serve({
      'GET /a1/fees': () => json(fees),
      'POST /payment-orders': inTurn(networkDown, problem(503, 'GATEWAY_UNAVAILABLE', '支付渠道暂不可用', '请稍后重试'), () => json(order(), 201)),
      'POST /close': () => {
        fees = [fee(), writtenNotEligible()]
        return json(order({ status: 'CLOSED', codeUrl: undefined }))
      },
    })
    const f = start()
    await f.load()

    await f.pay('SKILLS')
    expect(f.errors.SKILLS).toBe('无法连接服务器，请检查网络后重试。')
    await f.pay('SKILLS')
    expect(f.errors.SKILLS).toBe('支付渠道暂不可用：请稍后重试')
    await f.pay('SKILLS')
    expect(f.errors.SKILLS).toBeUndefined()
    expect(f.fees.value?.[0]).toMatchObject({ status: 'PAYING', order: { orderNo: 'EX2026112300000012345678' } })

    const posts = requests.filter((r) => r.path === '/api/v1/payment-orders')
    expect(posts).toHaveLength(3)
    expect(new Set(posts.map((p) => p.key)).size).toBe(1)
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.parse(posts[0]!.body)).toEqual({ applicationId: 'a1', feeItem: 'SKILLS' })

    // Closed: paying again is another intended payment.
    await f.close('SKILLS')
    expect(f.fees.value?.[0]?.status).toBe('PAYABLE')
    await f.pay('SKILLS')
    const again = requests.filter((r) => r.path === '/api/v1/payment-orders')
    expect(again).toHaveLength(4)
    expect(again[3]!.key).not.toBe(posts[0]!.key)
  })

  it('sends one request for a double click, and gives a refused payment’s key up', async () => {
    let open: () => void = () => {}
    const gate = new Promise<void>((r) => (open = r))
    const refused = problem(409, 'PAYMENT_WINDOW_CLOSED', '不在缴费时间内', '缴费时间为 2026-11-22 00:00 至 2026-12-23 23:59（北京时间）')
    let answered = 0
    const requests = serve({
      'GET /a1/fees': () => json([fee()]),
      'POST /payment-orders': async () => (answered++ === 0 ? (await gate, refused()) : json(order(), 201)),
    })
    const f = start()
    await f.load()

    const first = f.pay('SKILLS')
    expect(f.busy.SKILLS).toBe('pay')
    await f.pay('SKILLS') // the second click while the first runs: nothing sent
    open()
    await first
    const posts = () => requests.filter((r) => r.method === 'POST')
    expect(posts()).toHaveLength(1)
    expect(f.busy.SKILLS).toBeUndefined()
    expect(f.errors.SKILLS).toBe('不在缴费时间内：缴费时间为 2026-11-22 00:00 至 2026-12-23 23:59（北京时间）')
    // a refusal may have changed what the fee allows: read again
    expect(requests.filter((r) => r.path.endsWith('/fees'))).toHaveLength(2)

    await f.pay('SKILLS')
    expect(posts()).toHaveLength(2)
    expect(posts()[1]!.key).not.toBe(posts()[0]!.key)
  })

  it('drops a fee list read before an order was created (it would bring the Pay button back)', async () => {
    let open: () => void = () => {}
    let reads = 0
    serve({
      'GET /a1/fees': async () => {
        reads++
        if (reads === 2) {
          await new Promise<void>((r) => (open = r))
          return json([fee()]) // read before the order existed
        }
        return json(reads === 1 ? [fee()] : [fee({ status: 'PAYING', order: order() })])
      },
      'POST /payment-orders': () => json(order(), 201),
    })
    const f = start()
    await f.load()
    const reading = f.load() // e.g. the reviewers moved the application on
    await f.pay('SKILLS')
    open()
    await reading
    expect(reads).toBe(3)
    expect(f.fees.value?.[0]).toMatchObject({ status: 'PAYING', order: { orderNo: 'EX2026112300000012345678' } })
  })

  it('reads the open order every 2.5 s until it is paid, then the fees once more, then stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let fees = [fee({ status: 'PAYING', order: order() }), writtenNotEligible()]
    const requests = serve({
      'GET /a1/fees': () => json(fees),
      'GET /payment-orders/EX2026112300000012345678': inTurn(
        () => json(order()),
        () => json(order()),
        () => {
          fees = [fee({ status: 'PAID', order: paid() }), writtenNotEligible()]
          return json(paid())
        },
      ),
    })
    const f = start()
    await f.load()
    const reads = () => requests.filter((r) => r.path.startsWith('/api/v1/payment-orders/')).length

    await vi.advanceTimersByTimeAsync(2_500)
    expect(reads()).toBe(1)
    await vi.advanceTimersByTimeAsync(2_500)
    expect(reads()).toBe(2)
    await vi.advanceTimersByTimeAsync(2_500)
    expect(reads()).toBe(3)
    expect(f.fees.value?.[0]).toMatchObject({ status: 'PAID', order: { transactionId: 'SB5443838884608147063' } })
    expect(requests.filter((r) => r.path.endsWith('/fees'))).toHaveLength(2)

    await vi.advanceTimersByTimeAsync(60_000)
    expect(reads()).toBe(3)
  })

  it('stops polling with its component', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const requests = serve({
      'GET /a1/fees': () => json([fee({ status: 'PAYING', order: order() })]),
      'GET /payment-orders/EX2026112300000012345678': () => json(order()),
    })
    const f = start()
    await f.load()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(requests.filter((r) => r.path.startsWith('/api/v1/payment-orders/'))).toHaveLength(2)
    scope.stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(requests.filter((r) => r.path.startsWith('/api/v1/payment-orders/'))).toHaveLength(2)
  })

  it('downloads the receipt of a paid fee under the server’s file name', async () => {
    serve({
      'GET /a1/fees': () => json([fee({ status: 'PAID', order: paid() })]),
      'GET /receipt.pdf': () =>
        new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="receipt-EX1.pdf"' } }),
    })
    const created: Blob[] = []
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:receipt')
    URL.revokeObjectURL = () => {}
    const clicks: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    const f = start()
    await f.load()
    expect(await f.downloadReceipt('SKILLS')).toBe(true)
    expect(clicks).toEqual(['receipt-EX1.pdf'])
    expect(await created[0]!.text()).toBe('%PDF-1.7')
    click.mockRestore()
  })
})
