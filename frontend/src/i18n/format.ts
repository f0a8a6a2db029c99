// Display formats shared by the pages: China time, money in fen, names that exist in both languages.
import type { AppLocale } from './index'

const CHINA_TIME_ZONE = 'Asia/Shanghai'

function parts(date: Date, withTime: boolean): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: CHINA_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  })
  return Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]))
}

/**
 * An instant (ISO-8601 with an offset or Z) as China time, `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD`), whatever the
 * browser's zone: windows are defined and announced in Beijing time. Empty for nothing; the input for garbage.
 */
export function formatChinaTime(iso: string | null | undefined, withTime = true): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const p = parts(date, withTime)
  const day = `${p.year}-${p.month}-${p.day}`
  return withTime ? `${day} ${p.hour}:${p.minute}` : day
}

/** Integer fen as yuan with two decimals, e.g. 28900 → ¥289.00 (no floating point on the way). */
export function formatFen(fen: number): string {
  const negative = fen < 0
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${negative ? '-' : ''}¥${yuan.toLocaleString('en-US')}.${cents}`
}

/** The Chinese or English name of a catalogue entry (area, category), by the UI language. */
export function localName(entry: { nameZh: string; nameEn: string } | null | undefined, locale: AppLocale | string): string {
  if (!entry) return ''
  return locale === 'en' ? entry.nameEn || entry.nameZh : entry.nameZh || entry.nameEn
}
