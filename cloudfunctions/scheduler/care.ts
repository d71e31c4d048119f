/**
 * The care part of the timer (SPEC §4): overdue care tasks → township secretary, once; on working
 * days the `missed` signal (no check-in on 3 working days); health-file reminders, once per
 * condition. Daily sweeps run once a day; per-item marks keep them idempotent if one runs twice.
 */
import { isCareOverdue, isMissed } from '../../src/core/care'
import { examDue, insuranceEnding } from '../../src/core/health-file'
import { healthMessage } from '../../src/core/notification-messages'
import { localDate } from '../../src/core/time'
import type { User } from '../../src/core/types'
import { loadCalendar } from '../_shared/calendar'
import { raiseCare } from '../_shared/care/raise'
import type { Database } from '../_shared/cloud'
import { nowMs } from '../_shared/clock'
import { notify } from '../_shared/notifier'
import { placeOfCadre } from '../_shared/place'
import { hasMark, markOnce } from '../_shared/repos/care-marks'
import { createCareTaskRepo } from '../_shared/repos/care-tasks'
import { createCheckinRepo } from '../_shared/repos/checkins'
import { createHealthRepo } from '../_shared/repos/health-files'
import { createOrgRepo } from '../_shared/repos/org'
import { createUserRepo } from '../_shared/repos/users'
import type { Budget } from './budget'

export interface CareRun {
  overdueNotified: number
  missed: number
  reminders: number
}

/**
 * `leftBefore`: tasks a call cut off over a minute ago left half-stored or with notices undelivered
 * are finished first. A daily sweep cut short by the budget is not marked done, so the next run
 * goes through it again (its per-item marks skip what is done).
 */
export async function runCare(db: Database, now: string, budget: Budget, leftBefore: string): Promise<CareRun> {
  const tasks = createCareTaskRepo(db)
  await tasks.draftsBefore(leftBefore)
  await tasks.deliverLeftovers(leftBefore)
  const calendar = await loadCalendar(db, nowMs())
  const today = localDate(now)
  const run: CareRun = { overdueNotified: await notifyOverdue(db, now, budget), missed: 0, reminders: 0 }
  if (!budget.spent() && calendar.isWorkday(today) && !(await hasMark(db, `sweep-missed-${today}`))) {
    run.missed = await sweepMissed(db, now, today, calendar, budget)
    if (!budget.spent()) await markOnce(db, `sweep-missed-${today}`, now)
  }
  if (!budget.spent() && !(await hasMark(db, `sweep-health-${today}`))) {
    run.reminders = await sweepHealthFiles(db, now, today, budget)
    if (!budget.spent()) await markOnce(db, `sweep-health-${today}`, now)
  }
  return run
}

/** The overdue notice rides on the task's write that marks it sent (task-repo), so none is lost. */
async function notifyOverdue(db: Database, now: string, budget: Budget): Promise<number> {
  const tasks = createCareTaskRepo(db)
  let told = 0
  for (const task of await tasks.overdueUnnotified(now)) {
    if (isCareOverdue(task, now) && (await tasks.markOverdueNotified(task, now))) told++
    if (budget.spent()) break
  }
  return told
}

async function sweepMissed(db: Database, now: string, today: string, calendar: Awaited<ReturnType<typeof loadCalendar>>, budget: Budget): Promise<number> {
  const checkins = createCheckinRepo(db)
  const org = createOrgRepo(db)
  let found = 0
  for (let after = ''; ; ) {
    const page = await checkins.consentsAfter(after)
    for (const { cadreId, at } of page) {
      const latest = await checkins.latest(cadreId)
      const since = latest && latest.date > localDate(at) ? latest.date : localDate(at)
      if (!isMissed(since, today, calendar)) continue
      // one signal per streak: the streak is named by the day it started after; raised before it is
      // marked, so a run cut off in between raises it again (adding a reason twice changes nothing)
      const mark = `missed-${cadreId}-${since}`
      const cadre = await activeCadre(db, cadreId)
      if (!cadre || (await hasMark(db, mark))) continue
      const place = await placeOfCadre(org, cadre)
      await raiseCare({ db, cadre, ...place, reasons: ['missed'], now, calendar })
      if (await markOnce(db, mark, now)) found++
      if (budget.spent()) return found
    }
    if (page.length < 100) return found
    after = page[page.length - 1].cadreId
  }
}

async function activeCadre(db: Database, id: string): Promise<User | null> {
  const user = await createUserRepo(db).byId(id)
  return user && user.active && user.role === 'cadre' ? user : null
}

/** Told (keyed, so never twice) before marked, so a run cut off in between tells on the next. */
async function sweepHealthFiles(db: Database, now: string, today: string, budget: Budget): Promise<number> {
  const files = createHealthRepo(db)
  let sent = 0
  for (let after = ''; ; ) {
    const page = await files.after(after)
    for (const f of page) {
      const exam = `exam-${f.cadreId}-${f.lastExamDate ?? 'none'}`
      if (examDue(f, today) && !(await hasMark(db, exam))) {
        await notify(db, [f.cadreId], healthMessage('examDue', f), exam)
        if (await markOnce(db, exam, now)) sent++
      }
      const insurance = `insurance-${f.cadreId}-${f.insuranceUntil}`
      if (f.insuranceUntil && insuranceEnding(f, today) && !(await hasMark(db, insurance))) {
        await notify(db, [f.cadreId], healthMessage('insuranceEnding', f), insurance)
        if (await markOnce(db, insurance, now)) sent++
      }
      if (budget.spent()) return sent
    }
    if (page.length < 100) return sent
    after = page[page.length - 1].cadreId
  }
}
