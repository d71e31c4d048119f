import { weekday } from '@/core/time'
import { WEEKDAYS } from '../copy'

/** `2026-11-23` → `11月23日 周一` */
export function dayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${WEEKDAYS[weekday(date)]}`
}

/** `2026-11-23` → `11/23`, short enough to sit under a chart. */
export const shortDay = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`

/** The dates a trend's axis names: first, middle and last (fewer when there are fewer). */
export function axisDates(dates: string[]): string[] {
  if (dates.length <= 2) return dates
  return [dates[0], dates[Math.floor((dates.length - 1) / 2)], dates[dates.length - 1]]
}
