import type { Period } from '@/core/stats-types'

/** `2026-11` → the period of that month, `to` exclusive. */
export function monthPeriod(month: string): Period {
  return { from: `${month}-01`, to: `${shiftMonth(month, 1)}-01` }
}

/** `2026-11` shifted by n months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const i = y * 12 + (m - 1) + n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

/** The trend: the six months up to and including `month`. */
export function trendPeriod(month: string): Period {
  return { from: `${shiftMonth(month, -5)}-01`, to: monthPeriod(month).to }
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)
export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

/** How many days the dashboard opens on: a month two days old would show almost nothing. */
export const RECENT_DAYS = 30

/** `YYYY-MM-DD` moved by n days (calendar dates, no time zone involved). */
export function shiftDate(date: string, n: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + n * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** The last 30 days up to and including `today`: on 2026-12-02, 2026-11-02 – 2026-12-02. */
export function recentPeriod(today: string): Period {
  return { from: shiftDate(today, -RECENT_DAYS), to: shiftDate(today, 1) }
}

/** What the dashboard shows: the recent days (`month` null) or one calendar month. */
export function shownPeriod(month: string | null, today: string): Period {
  return month ? monthPeriod(month) : recentPeriod(today)
}

const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** `近30天（11月2日–12月2日）` or `2026年11月`. */
export function periodLabel(month: string | null, today: string): string {
  if (month) return monthLabel(month)
  const p = recentPeriod(today)
  return `近${RECENT_DAYS}天（${dayLabel(p.from)}–${dayLabel(shiftDate(p.to, -1))}）`
}
