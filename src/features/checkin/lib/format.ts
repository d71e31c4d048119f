import { weekday } from '../../../core/time'
import { WEEKDAYS } from './copy'

/** `2026-11-23` → `11月23日 周一` */
export function dayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${WEEKDAYS[weekday(date)]}`
}
