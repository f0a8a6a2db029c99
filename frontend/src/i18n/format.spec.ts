import { describe, expect, it } from 'vitest'
import { formatChinaTime, formatFen, localName } from './format'

describe('formatChinaTime', () => {
  it('shows an instant in Beijing time whatever its offset', () => {
    expect(formatChinaTime('2026-01-10T09:00:00+08:00')).toBe('2026-01-10 09:00')
    expect(formatChinaTime('2026-01-10T01:00:00Z')).toBe('2026-01-10 09:00')
    expect(formatChinaTime('2026-01-09T20:30:00-04:00')).toBe('2026-01-10 08:30')
    expect(formatChinaTime('2026-01-24T16:59:59Z', false)).toBe('2026-01-25')
  })
  it('leaves nothing empty and garbage as it came', () => {
    expect(formatChinaTime(undefined)).toBe('')
    expect(formatChinaTime('not a date')).toBe('not a date')
  })
})

describe('formatFen', () => {
  it('turns integer fen into yuan with two decimals', () => {
    expect(formatFen(28900)).toBe('¥289.00')
    expect(formatFen(17605)).toBe('¥176.05')
    expect(formatFen(5)).toBe('¥0.05')
    expect(formatFen(0)).toBe('¥0.00')
    expect(formatFen(123456789)).toBe('¥1,234,567.89')
  })
  it('never goes through floating point (0.1 + 0.2 yuan is ¥0.30, not ¥0.30000000000000004)', () => {
    expect(formatFen(10 + 20)).toBe('¥0.30')
    expect(formatFen(110)).toBe('¥1.10')
    expect(formatFen(28900 + 17605)).toBe('¥465.05')
    expect(formatFen(1999)).toBe('¥19.99')
    expect(formatFen(900719925474099)).toBe('¥9,007,199,254,740.99')
    expect(formatFen(-28900)).toBe('-¥289.00')
  })
})

describe('localName', () => {
  it('picks the name of the UI language, falling back to the other', () => {
    const hunan = { nameZh: '湖南省', nameEn: 'Hunan' }
    expect(localName(hunan, 'zh-CN')).toBe('湖南省')
    expect(localName(hunan, 'en')).toBe('Hunan')
    expect(localName({ nameZh: '湖南省', nameEn: '' }, 'en')).toBe('湖南省')
    expect(localName(null, 'en')).toBe('')
  })
})
