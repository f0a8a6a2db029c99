import { describe, expect, it } from 'vitest'
import type { AreaSchedule, ExamDetail } from '@/api/types'
import { openAreaCount, registrationOpen, scheduleOf, windowStatus } from './schedule'

const area = (code: string, registrationOpen: boolean, registration?: { opens: string; closes: string }): AreaSchedule => ({
  area: { code, nameZh: code, nameEn: code },
  registration,
  registrationOpen,
  fees: [],
})
const JAN = { opens: '2026-01-10T09:00:00+08:00', closes: '2026-01-24T17:00:00+08:00' }

describe('windowStatus', () => {
  it('trusts the server for open and tells not-yet-open from closed by the opening time', () => {
    expect(windowStatus(area('43', true, JAN))).toBe('OPEN')
    expect(windowStatus(area('43', false, JAN), Date.parse('2026-01-10T00:59:59Z'))).toBe('NOT_STARTED')
    expect(windowStatus(area('43', false, JAN), Date.parse('2026-01-24T09:00:00Z'))).toBe('CLOSED')
  })
  it('reads a missing window or area as not offered', () => {
    expect(windowStatus(area('43', false))).toBe('UNSET')
    expect(windowStatus(null)).toBe('UNSET')
  })
})

describe('exam schedules', () => {
  const exam: Pick<ExamDetail, 'areas'> = { areas: [area('11', true, JAN), area('43', false, JAN), area('65', false)] }
  it('counts the open areas among those with a window', () => expect(openAreaCount(exam)).toEqual({ open: 1, total: 2 }))
  it('finds one area', () => {
    expect(scheduleOf(exam, '43')?.area.code).toBe('43')
    expect(scheduleOf(exam, '99')).toBeNull()
    expect(scheduleOf(exam, '')).toBeNull()
  })
  it('is open when any area (or the chosen one) is', () => {
    expect(registrationOpen(exam)).toBe(true)
    expect(registrationOpen(exam, '11')).toBe(true)
    expect(registrationOpen(exam, '43')).toBe(false)
    expect(registrationOpen({ areas: [] })).toBe(false)
  })
})
