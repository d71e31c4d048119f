import type { HealthFile } from '../../../core/care-types'
import { examDue, insuranceEnding } from '../../../core/health-file'

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
      text: file.lastExamDate ? `上次体检是 ${file.lastExamDate}，已超过 12 个月，请尽快安排体检` : '还没有登记体检日期，请填写或尽快安排体检',
    })
  }
  if (insuranceEnding(file, today)) {
    const until = file.insuranceUntil as string
    flags.push({
      key: 'insurance',
      text: until < today ? `意外险已于 ${until} 到期，请尽快续保` : `意外险将于 ${until} 到期（30 天内），请及时续保`,
    })
  }
  return flags
}
