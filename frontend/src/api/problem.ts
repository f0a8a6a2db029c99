import type { Problem } from './types'

/** What the UI needs from an RFC 9457 problem+json answer. */
export interface ProblemInfo {
  status: number
  title: string
  detail: string
  code: string
  /** Violation messages keyed by the request's JSON property path (e.g. `documentNumber`, `contact.mobile`). */
  fieldErrors: Record<string, string>
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Turns an error body (as openapi-fetch hands it over: parsed JSON when it was JSON, else text) into a
 * ProblemInfo. Several violations on one field are joined; anything not shaped like a problem still gives a
 * usable title.
 */
export function toProblem(body: unknown, status = 0, fallbackTitle = ''): ProblemInfo {
  const p: Partial<Problem> = isObject(body) ? (body as Partial<Problem>) : {}
  const fieldErrors: Record<string, string> = {}
  if (Array.isArray(p.violations)) {
    for (const v of p.violations) {
      if (!isObject(v) || typeof v.message !== 'string') continue
      const field = typeof v.field === 'string' && v.field !== '' ? v.field : ''
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}；${v.message}` : v.message
    }
  }
  const text = typeof body === 'string' ? body.trim() : ''
  return {
    status: typeof p.status === 'number' ? p.status : status,
    title: typeof p.title === 'string' && p.title ? p.title : fallbackTitle || (text.length < 200 ? text : ''),
    detail: typeof p.detail === 'string' ? p.detail : '',
    code: typeof p.code === 'string' ? p.code : '',
    fieldErrors,
  }
}

/** The one-line text for a message box: "title：detail", or whichever is present. */
export function problemText(p: ProblemInfo): string {
  if (p.title && p.detail && p.detail !== p.title) return `${p.title}：${p.detail}`
  return p.detail || p.title
}

/**
 * The text for a form's alert once the field errors are shown at their fields: just the title when every
 * violation found its field, else title and detail followed by the messages that have no field on the form.
 */
export function problemSummary(p: ProblemInfo, elsewhere: string[]): string {
  const onFields = Object.keys(p.fieldErrors).length - elsewhere.length
  const head = onFields > 0 && elsewhere.length === 0 ? p.title : problemText(p)
  return [head, ...elsewhere].filter(Boolean).join(' ')
}
