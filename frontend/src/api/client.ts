import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { useSessionStore } from '@/stores/session'
import { currentLocale, i18n } from '@/i18n'
import { toProblem, type ProblemInfo } from './problem'

let onUnauthorized: () => void = () => {}

/** Called when the API answers 401 to a request that carried our token (expired or revoked session). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

/** The headers every API call carries: the UI language and, when logged in, the bearer token. */
export function apiHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': currentLocale() }
  const session = useSessionStore()
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  return headers
}

/** Ends the session after a 401 to a request that carried our token (also for calls made outside openapi-fetch). */
export function sessionRejected(): void {
  useSessionStore().logout()
  onUnauthorized()
}

export const authAndLanguage: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(apiHeaders())) request.headers.set(name, value)
    return request
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) sessionRejected()
    return undefined
  },
}

/**
 * The one API client: same origin (the dev server and `vite preview` proxy /api to the backend).
 * fetch is looked up per call so tests can stub it.
 */
export const api = createClient<paths>({
  baseUrl: '',
  fetch: (input: Request) => globalThis.fetch(input),
})
api.use(authAndLanguage)

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ProblemInfo }

/**
 * Runs an openapi-fetch call and normalises the outcome: the data, or a ProblemInfo for an error answer
 * or a network failure (status 0).
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await request
    if (response.ok) return { ok: true, data: data as T }
    return {
      ok: false,
      problem: toProblem(error, response.status, i18n.global.t('errors.generic', { status: response.status })),
    }
  } catch {
    return { ok: false, problem: toProblem(undefined, 0, i18n.global.t('errors.network')) }
  }
}
