// How an exam's per-area registration windows read on screen.
import type { AreaSchedule, ExamDetail } from '@/api/types'

export type WindowStatus = 'OPEN' | 'NOT_STARTED' | 'CLOSED' | 'UNSET'

/**
 * Registration in one area: open (the server's `registrationOpen`, judged in China time), not yet open,
 * closed, or not offered (no window configured).
 */
export function windowStatus(s: Pick<AreaSchedule, 'registration' | 'registrationOpen'> | null | undefined, now = Date.now()): WindowStatus {
  if (!s || !s.registration) return 'UNSET'
  if (s.registrationOpen) return 'OPEN'
  const opens = Date.parse(s.registration.opens)
  return !Number.isNaN(opens) && now < opens ? 'NOT_STARTED' : 'CLOSED'
}

export const WINDOW_TAG: Record<WindowStatus, 'success' | 'info' | 'warning' | 'danger'> = {
  OPEN: 'success',
  NOT_STARTED: 'warning',
  CLOSED: 'info',
  UNSET: 'info',
}

/** The schedule of one area, if the exam has one there. */
export function scheduleOf(exam: Pick<ExamDetail, 'areas'> | null | undefined, areaCode: string | null | undefined): AreaSchedule | null {
  if (!exam || !areaCode) return null
  return exam.areas.find((a) => a.area.code === areaCode) ?? null
}

/** How many of the areas with a window are open now. */
export function openAreaCount(exam: Pick<ExamDetail, 'areas'>): { open: number; total: number } {
  const configured = exam.areas.filter((a) => a.registration)
  return { open: configured.filter((a) => a.registrationOpen).length, total: configured.length }
}

/** Whether any area (or the given one) takes registrations now. */
export function registrationOpen(exam: Pick<ExamDetail, 'areas'>, areaCode?: string | null): boolean {
  if (areaCode) return scheduleOf(exam, areaCode)?.registrationOpen === true
  return exam.areas.some((a) => a.registrationOpen)
}
