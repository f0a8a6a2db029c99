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

export const authAndLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale())
    const session = useSessionStore()
    if (session.token) request.headers.set('Authorization', `Bearer ${session.token}`)
    return request
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) {
      useSessionStore().logout()
      onUnauthorized()
    }
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
