// Client-side pre-checks that mirror the simple rules of SPEC §3. They only spare a round trip:
// the API is the authority and its violations are shown as they come.
// Each check returns null when the value passes, or the i18n key of the message (with its parameters).

import type { Region } from '@/api/types'

export interface CheckFailure {
  key: string
  params?: Record<string, unknown>
}
export type CheckResult = CheckFailure | null

const fail = (key: string, params?: Record<string, unknown>): CheckFailure => ({ key, params })
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
/** Length in characters (code points), as the server counts them. */
export const charLength = (v: string) => [...v].length

/** Username: 4–32 characters, a letter first, then letters, digits or underscores; fixed once registered. */
export function checkUsername(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  return /^[A-Za-z][A-Za-z0-9_]{3,31}$/.test((v as string).trim()) ? null : fail('validation.username')
}

export function checkPassword(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null // "required" is its own rule
  const s = v as string
  const ok = charLength(s) >= 8 && charLength(s) <= 64 && /^[A-Za-z0-9]+$/.test(s) && /[A-Za-z]/.test(s) && /\d/.test(s)
  return ok ? null : fail('validation.password')
}

export function checkPasswordNotUsername(password: string | null | undefined, username: string | null | undefined): CheckResult {
  if (isBlank(password) || isBlank(username)) return null
  return password === (username as string).trim() ? fail('validation.passwordEqualsUsername') : null
}

export function checkConfirmation(confirm: string | null | undefined, password: string | null | undefined): CheckResult {
  if (isBlank(confirm)) return null
  return confirm === password ? null : fail('validation.passwordMismatch')
}

export function checkSecurityAnswer(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  const n = charLength((v as string).trim())
  return n >= 4 && n <= 30 ? null : fail('validation.securityAnswer')
}

export function checkMobile(v: string | null | undefined, region: Region | null | undefined): CheckResult {
  if (isBlank(v)) return null
  const s = (v as string).trim()
  if (!region || region === 'MAINLAND') return /^1\d{10}$/.test(s) ? null : fail('validation.mobileMainland')
  return /^[1-9]\d{5,10}$/.test(s) ? null : fail('validation.mobileOther')
}

export function checkEmail(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  const s = (v as string).trim()
  const ok = charLength(s) >= 5 && charLength(s) <= 60 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)
  return ok ? null : fail('validation.email')
}

/** Document numbers carry no spaces or punctuation (the exact format per type is checked by the server). */
export function checkDocumentNumber(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  return /^[0-9A-Za-z]+$/.test(v as string) ? null : fail('validation.documentNumber')
}

/** Home/work phone: area code (3–5 digits, starting with 0)-number (6–8)[-extension of 1–6]. */
export function checkPhone(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  return /^0\d{2,4}-\d{6,8}(-\d{1,6})?$/.test((v as string).trim()) ? null : fail('validation.phone')
}

export function checkPostalCode(v: string | null | undefined, region: Region | null | undefined): CheckResult {
  if (isBlank(v)) return null
  const s = (v as string).trim()
  if (!region || region === 'MAINLAND') return /^\d{6}$/.test(s) ? null : fail('validation.postalMainland')
  return /^[0-9A-Za-z]{3,6}$/.test(s) ? null : fail('validation.postalOther')
}

export function checkMaxLength(v: string | null | undefined, max: number): CheckResult {
  if (isBlank(v)) return null
  return charLength(v as string) <= max ? null : fail('validation.maxLength', { max })
}

/** Graduation certificate number: the 18-digit electronic registration number (when given). */
export function checkCertificateNumber(v: string | null | undefined): CheckResult {
  if (isBlank(v)) return null
  return /^\d{18}$/.test((v as string).trim()) ? null : fail('validation.certificateNumber')
}

/** Months are YYYY-MM strings, so they compare as text. */
export function checkMonthOrder(start: string | null | undefined, end: string | null | undefined): CheckResult {
  if (isBlank(start) || isBlank(end)) return null
  return (end as string) >= (start as string) ? null : fail('validation.monthOrder')
}
