import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { SessionStore } from '@/stores/session'

export const PASSWORD_PATH = '/password'
export const LOGIN_PATH = '/login'

/**
 * Where a navigation may go:
 * - public pages (meta.public) are always open;
 * - without a valid session every other page sends to /login (remembering where the user wanted to go);
 * - an account that must change its password may only open /password.
 */
export function resolveNavigation(
  to: Pick<RouteLocationNormalized, 'path' | 'fullPath' | 'meta'>,
  session: SessionStore,
  now = Date.now(),
): true | RouteLocationRaw {
  const loggedIn = session.isAuthenticated(now)
  if (!loggedIn && session.token) session.logout() // expired
  if (loggedIn && session.mustChangePassword && to.path !== PASSWORD_PATH) {
    return { path: PASSWORD_PATH }
  }
  if (to.meta.public) return true
  if (!loggedIn) {
    return to.fullPath && to.fullPath !== '/' ? { path: LOGIN_PATH, query: { redirect: to.fullPath } } : { path: LOGIN_PATH }
  }
  return true
}

/** The page to land on after logging in. */
export function homeFor(session: SessionStore): string {
  if (session.mustChangePassword) return PASSWORD_PATH
  return session.role === 'CANDIDATE' ? '/profile' : '/operator'
}
