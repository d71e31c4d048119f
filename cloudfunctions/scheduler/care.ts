/**
 * The care part of the timer (SPEC §4): overdue care tasks → township secretary, once; on working
 * days the `missed` signal (no check-in on 3 working days); health-file reminders, once per
 * condition. Daily sweeps run once a day; per-item marks keep them idempotent if one runs twice.
 */
import { isCareOverdue, isMissed } from '../../src/core/care'
import { examDue, insuranceEnding } from '../../src/core/health-file'
import { localDate } from '../../src/core/time'
import type { User } from '../../src/core/types'
import { loadCalendar } from '../_shared/calendar'
import type { Database } from '../_shared/cloud'
import { nowMs } from '../_shared/clock'
import { fromDoc } from '../_shared/repos/docs'
import { CARE_TEXT } from '../care/lib/care-text'
import { createCheckinRepo } from '../care/lib/checkin-repo'
import { createHealthRepo } from '../care/lib/health-repo'
import { hasMark, markOnce } from '../care/lib/marks'
import { notify } from '../care/lib/notify'
import { placeOfCadre } from '../care/lib/place'
import { raiseCare } from '../care/lib/raise'
import { createCareTaskRepo } from '../care/lib/task-repo'
import { createOrgRepo } from '../_shared/repos/org'

export interface CareRun {
  overdueNotified: number
  missed: number
  reminders: number
}

export async function runCare(db: Database, now: string): Promise<CareRun> {
  const calendar = await loadCalendar(db, nowMs())
  const today = localDate(now)
  const run: CareRun = { overdueNotified: await notifyOverdue(db, now), missed: 0, reminders: 0 }
  if (calendar.isWorkday(today) && !(await hasMark(db, `sweep-missed-${today}`))) {
    run.missed = await sweepMissed(db, now, today, calendar)
    await markOnce(db, `sweep-missed-${today}`, now)
  }
  if (!(await hasMark(db, `sweep-health-${today}`))) {
    run.reminders = await sweepHealthFiles(db, now, today)
    await markOnce(db, `sweep-health-${today}`, now)
  }
  return run
}

async function notifyOverdue(db: Database, now: string): Promise<number> {
  const tasks = createCareTaskRepo(db)
  let told = 0
  for (const task of await tasks.overdueUnnotified(now)) {
    if (!isCareOverdue(task, now) || !(await tasks.markOverdueNotified(task.id, now))) continue
    const res = await db.collection('users').where({ role: 'secretary', townshipId: task.townshipId, active: true }).limit(100).get()
    await notify(db, res.data.map((d: Record<string, unknown>) => String(d._id)), { taskId: task.id, ...CARE_TEXT.overdue(task.cadreName) }, `care-overdue-${task.id}`)
    told++
  }
  return told
}

async function sweepMissed(db: Database, now: string, today: string, calendar: Awaited<ReturnType<typeof loadCalendar>>): Promise<number> {
  const checkins = createCheckinRepo(db)
  const org = createOrgRepo(db)
  let found = 0
  for (let after = ''; ; ) {
    const page = await checkins.consentsAfter(after)
    for (const { cadreId, at } of page) {
      const latest = await checkins.latest(cadreId)
      const since = latest && latest.date > localDate(at) ? latest.date : localDate(at)
      if (!isMissed(since, today, calendar)) continue
      const cadre = await activeCadre(db, cadreId)
      // one signal per streak: the streak is named by the day it started after
      if (!cadre || !(await markOnce(db, `missed-${cadreId}-${since}`, now))) continue
      const place = await placeOfCadre(org, cadre)
      await raiseCare({ db, cadre, ...place, reasons: ['missed'], now, calendar })
      found++
    }
    if (page.length < 100) return found
    after = page[page.length - 1].cadreId
  }
}

async function activeCadre(db: Database, id: string): Promise<User | null> {
  const res = await db.collection('users').where({ _id: id }).limit(1).get()
  const user = res.data[0] ? fromDoc<User>(res.data[0]) : null
  return user && user.active && user.role === 'cadre' ? user : null
}

async function sweepHealthFiles(db: Database, now: string, today: string): Promise<number> {
  const files = createHealthRepo(db)
  let sent = 0
  for (let after = ''; ; ) {
    const page = await files.after(after)
    for (const f of page) {
      if (examDue(f, today) && (await markOnce(db, `exam-${f.cadreId}-${f.lastExamDate ?? 'none'}`, now))) {
        await notify(db, [f.cadreId], CARE_TEXT.exam(), `exam-${f.cadreId}-${f.lastExamDate ?? 'none'}`)
        sent++
      }
      if (f.insuranceUntil && insuranceEnding(f, today) && (await markOnce(db, `insurance-${f.cadreId}-${f.insuranceUntil}`, now))) {
        await notify(db, [f.cadreId], CARE_TEXT.insurance(f.insuranceUntil), `insurance-${f.cadreId}-${f.insuranceUntil}`)
        sent++
      }
    }
    if (page.length < 100) return sent
    after = page[page.length - 1].cadreId
  }
}
