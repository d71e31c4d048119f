/** The health file's reminders (SPEC §4): exam older than 12 months, insurance ending within 30 days. */
import type { HealthFile } from './care-types'
import { addDays } from './time'

export const INSURANCE_NOTICE_DAYS = 30

/** Same day 12 months later (29 Feb → 28 Feb). */
export function addYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const leapDay = m === 2 && d === 29
  return `${y + 1}-${String(m).padStart(2, '0')}-${leapDay ? '28' : String(d).padStart(2, '0')}`
}

/** No exam on file, or the last one more than 12 months before today. */
export function examDue(file: Pick<HealthFile, 'lastExamDate'>, today: string): boolean {
  return !file.lastExamDate || addYear(file.lastExamDate) < today
}

/** Insurance on file that ends within 30 days (or has ended). */
export function insuranceEnding(file: Pick<HealthFile, 'insuranceUntil'>, today: string): boolean {
  return !!file.insuranceUntil && file.insuranceUntil <= addDays(today, INSURANCE_NOTICE_DAYS)
}

/** An empty file for a cadre who has not filled one in. */
export function emptyHealthFile(cadreId: string): HealthFile {
  return { cadreId, lastExamDate: null, leaveYear: null, leaveEntitled: null, leaveTaken: null, insuranceUntil: null, updatedAt: null }
}
