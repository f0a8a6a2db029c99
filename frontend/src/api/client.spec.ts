import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { api, call, setUnauthorizedHandler } from './client'
import { useSessionStore } from '@/stores/session'
import { setLocale } from '@/i18n'

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

describe('api client', () => {
  let seen: Request[]
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
    seen = []
    setLocale('zh-CN')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    setUnauthorizedHandler(() => {})
  })

  it('sends the chosen language and the bearer token', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      seen.push(req)
      return json(200, { question: 'q?' })
    })
    useSessionStore().login({ accessToken: 'abc', tokenType: 'Bearer', expiresIn: 60, role: 'CANDIDATE', mustChangePassword: false, username: 'u' })
    setLocale('en')
    const r = await call(api.POST('/api/v1/auth/password-reset/question', { body: { name: 'n', documentType: 'PASSPORT', documentNumber: 'E1234567' } }))
    expect(r).toEqual({ ok: true, data: { question: 'q?' } })
    expect(seen[0]!.url).toMatch(/\/api\/v1\/auth\/password-reset\/question$/)
    expect(seen[0]!.headers.get('Accept-Language')).toBe('en')
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer abc')
  })

  it('sends no Authorization header without a session', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      seen.push(req)
      return json(200, {})
    })
    await call(api.POST('/api/v1/auth/login', { body: { username: 'u', password: 'p' } }))
    expect(seen[0]!.headers.has('Authorization')).toBe(false)
    expect(seen[0]!.headers.get('Accept-Language')).toBe('zh-CN')
  })

  it('turns a problem answer into a ProblemInfo', async () => {
    vi.stubGlobal('fetch', async () =>
      json(401, { type: 'x', title: '用户名或密码错误', status: 401, code: 'INVALID_CREDENTIALS' }, 'application/problem+json'),
    )
    const r = await call(api.POST('/api/v1/auth/login', { body: { username: 'u', password: 'p' } }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', title: '用户名或密码错误' })
  })

  it('logs out and tells the app when a request with a token gets 401', async () => {
    vi.stubGlobal('fetch', async () => json(401, { title: 'unauthorized', status: 401, code: 'UNAUTHORIZED' }, 'application/problem+json'))
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    const s = useSessionStore()
    s.login({ accessToken: 'abc', tokenType: 'Bearer', expiresIn: 60, role: 'CANDIDATE', mustChangePassword: false, username: 'u' })
    await call(api.GET('/api/v1/candidates/me'))
    expect(s.token).toBeNull()
    expect(handler).toHaveBeenCalledOnce()
  })

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const r = await call(api.GET('/api/v1/candidates/me'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem.status).toBe(0)
  })
})
