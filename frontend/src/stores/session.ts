import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { TokenResponse, Role } from '@/api/types'

export interface SessionData {
  token: string
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: number
  role: Role
  mustChangePassword: boolean
  username: string
}

export const SESSION_KEY = 'examreg.session'

function load(): SessionData | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY)
    if (!raw) return null
    const s = JSON.parse(raw) as Partial<SessionData>
    if (typeof s.token !== 'string' || typeof s.expiresAt !== 'number' || typeof s.role !== 'string') return null
    return {
      token: s.token,
      expiresAt: s.expiresAt,
      role: s.role,
      mustChangePassword: s.mustChangePassword === true,
      username: typeof s.username === 'string' ? s.username : '',
    }
  } catch {
    return null
  }
}

function save(s: SessionData | null): void {
  try {
    if (s) sessionStorage.setItem(SESSION_KEY, JSON.stringify(s))
    else sessionStorage.removeItem(SESSION_KEY)
  } catch {
    /* storage unavailable: the session lives in memory only */
  }
}

/** The logged-in user's token and facts, kept in sessionStorage (one browser tab's life). */
export const useSessionStore = defineStore('session', () => {
  const data = ref<SessionData | null>(load())

  const token = computed(() => data.value?.token ?? null)
  const role = computed(() => data.value?.role ?? null)
  const username = computed(() => data.value?.username ?? '')
  const mustChangePassword = computed(() => data.value?.mustChangePassword ?? false)
  const expiresAt = computed(() => data.value?.expiresAt ?? 0)

  /** True while there is a token that has not expired (checked against `now`). */
  function isAuthenticated(now = Date.now()): boolean {
    return data.value !== null && data.value.expiresAt > now
  }

  function login(res: TokenResponse, now = Date.now()): void {
    data.value = {
      token: res.accessToken,
      expiresAt: now + res.expiresIn * 1000,
      role: res.role,
      mustChangePassword: res.mustChangePassword,
      username: res.username,
    }
    save(data.value)
  }

  function logout(): void {
    data.value = null
    save(null)
  }

  return { data, token, role, username, mustChangePassword, expiresAt, isAuthenticated, login, logout }
})

export type SessionStore = ReturnType<typeof useSessionStore>
