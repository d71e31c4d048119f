import type { HealthFile } from '@/core/care-types'
import { examDue, insuranceEnding } from '@/core/health-file'
import { HEALTH_FILE_COPY } from '../copy'

export interface HealthFlag {
  key: 'exam' | 'insurance'
  text: string
}

/** The reminders of SPEC §4 as the health file screen shows them, in the cadre's words. */
export function healthFlags(file: HealthFile | null, today: string): HealthFlag[] {
  if (!file) return []
  const flags: HealthFlag[] = []
  if (examDue(file, today)) {
    flags.push({
      key: 'exam',
      text: HEALTH_FILE_COPY.examDue(file.lastExamDate),
    })
  }
  if (insuranceEnding(file, today)) {
    const until = file.insuranceUntil as string
    flags.push({
      key: 'insurance',
      text: until < today ? HEALTH_FILE_COPY.insuranceEnded(until) : HEALTH_FILE_COPY.insuranceEnding(until),
    })
  }
  return flags
}
