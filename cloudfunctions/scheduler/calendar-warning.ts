import { localDate } from '../../src/core/time'
import { missingYear } from '../_shared/calendar'
import type { Database } from '../_shared/cloud'
import { createCalendarRepo } from '../_shared/repos/calendar'

/**
 * SPEC §7.3: while a year's official schedule is missing, the first run of each local day logs it
 * (the deployment's log is where an operator looks). Returns the missing year, or null.
 */
export async function logCalendarWarning(db: Database, at: string): Promise<number | null> {
  const year = await missingYear(db, at)
  if (year !== null && (await createCalendarRepo(db).claimWarningLog(localDate(at)))) {
    console.warn(
      `[calendar] the official holiday schedule of ${year} is not entered: deadlines count Mon–Fri. ` +
        `Paste the State Council notice in 管理 → 工作日历.`,
    )
  }
  return year
}
