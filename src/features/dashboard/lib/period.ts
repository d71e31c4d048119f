import type { Period } from '../../../core/stats-types'

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
