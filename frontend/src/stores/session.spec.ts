import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { SESSION_KEY, useSessionStore } from './session'
import { homeFor, resolveNavigation } from '@/router/guard'
import type { TokenResponse } from '@/api/types'

const login = (over: Partial<TokenResponse> = {}): TokenResponse => ({
  accessToken: 'tok-1',
  tokenType: 'Bearer',
  expiresIn: 3600,
  role: 'CANDIDATE',
  mustChangePassword: false,
  username: 'zhangsan',
  ...over,
})
const route = (path: string, isPublic = false) => ({ path, fullPath: path, meta: { public: isPublic } })

describe('session store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps the login answer with an absolute expiry, in sessionStorage', () => {
    const s = useSessionStore()
    s.login(login(), 1_000_000)
    expect(s.token).toBe('tok-1')
    expect(s.expiresAt).toBe(1_000_000 + 3_600_000)
    expect(s.role).toBe('CANDIDATE')
    expect(s.username).toBe('zhangsan')
    expect(JSON.parse(sessionStorage.getItem(SESSION_KEY)!)).toMatchObject({ token: 'tok-1', username: 'zhangsan' })

    setActivePinia(createPinia()) // a page reload
    expect(useSessionStore().token).toBe('tok-1')
  })

  it('is not authenticated once the token expired', () => {
    const s = useSessionStore()
    s.login(login({ expiresIn: 60 }), 0)
    expect(s.isAuthenticated(59_999)).toBe(true)
    expect(s.isAuthenticated(60_000)).toBe(false)
  })

  it('forgets everything on logout', () => {
    const s = useSessionStore()
    s.login(login())
    s.logout()
    expect(s.token).toBeNull()
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull()
  })

  it('ignores a corrupt stored session', () => {
    sessionStorage.setItem(SESSION_KEY, '{not json')
    expect(useSessionStore().token).toBeNull()
  })
})

describe('router guard', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends a visitor without a session to /login, remembering the page', () => {
    const s = useSessionStore()
    expect(resolveNavigation(route('/profile'), s)).toEqual({ path: '/login', query: { redirect: '/profile' } })
    expect(resolveNavigation(route('/login', true), s)).toBe(true)
    expect(resolveNavigation(route('/register', true), s)).toBe(true)
  })

  it('lets a logged-in candidate through', () => {
    const s = useSessionStore()
    s.login(login())
    expect(resolveNavigation(route('/profile'), s)).toBe(true)
    expect(homeFor(s)).toBe('/profile')
  })

  it('allows only /password while the password must be changed', () => {
    const s = useSessionStore()
    s.login(login({ mustChangePassword: true }))
    expect(resolveNavigation(route('/profile'), s)).toEqual({ path: '/password' })
    expect(resolveNavigation(route('/register', true), s)).toEqual({ path: '/password' })
    expect(resolveNavigation(route('/password'), s)).toBe(true)
    expect(homeFor(s)).toBe('/password')
  })

  it('logs out an expired session and asks to log in again', () => {
    const s = useSessionStore()
    s.login(login({ expiresIn: 1 }), 0)
    expect(resolveNavigation(route('/profile'), s, 5_000)).toEqual({ path: '/login', query: { redirect: '/profile' } })
    expect(s.token).toBeNull()
  })

  it('sends operators to their own page', () => {
    const s = useSessionStore()
    s.login(login({ role: 'AREA' }))
    expect(homeFor(s)).toBe('/operator')
  })
})
