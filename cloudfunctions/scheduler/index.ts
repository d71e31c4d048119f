import { deliverNotices } from '../_shared/announce'
import { loadCalendar } from '../_shared/calendar'
import { getDb } from '../_shared/cloud'
import { now, nowMs } from '../_shared/clock'
import { createRequestRepo } from '../_shared/repos/requests'
import { settleLeftovers } from '../_shared/rollups'
import { finishHandovers } from '../_shared/handover'
import { resumeImport } from '../_shared/org-import/promote'
import { loadSettings } from '../_shared/settings'
import { toIso } from '../../src/core/time'
import { autoClose } from './auto-close'
import { createBudget } from './budget'
import { runEscalations, type EscalationReport } from './escalate'
import { rescheduleOpenRequests } from './reschedule'
import { runCare } from './care'
import { logCalendarWarning } from './calendar-warning'
import { deliverLeftoverNotices } from './leftovers'

export interface SchedulerReport extends EscalationReport {
  autoClosed: number
  rollupsSettled: number
  noticesDelivered: number
  /** false when the run's time budget ran out first: the next run continues */
  finished: boolean
}

/**
 * Timer trigger (config.json), every 10 minutes. Idempotent: each rule acts only on requests it has
 * not acted on for the deadline in force, found through indexed queries (`{status, escalateAt}`,
 * `{status, resolvedAt}`), never by reading the whole collection. First it delivers the notices and
 * then settles the rollup increments that a call cut off over a minute ago left pending
 * (`{noticesPending.at}`, `{rollupPending.at}`). Each step stops when the run's budget is spent.
 */
export async function main(): Promise<{ ok: true; data: SchedulerReport }> {
  const budget = createBudget()
  const db = getDb()
  // an import or a handover a cut-off call left half-done is finished before anything reads the
  // organisation; an import that needs more than this run's budget goes on next run
  const imported = await resumeImport(db, budget.endsAt)
  if (imported && !imported.done) return { ok: true, data: { ...NOTHING_DONE, finished: false } }
  await finishHandovers(db)
  const at = now()
  const [calendar, settings] = await Promise.all([loadCalendar(db, nowMs()), loadSettings(db, nowMs())])
  const requests = createRequestRepo(db, calendar, { remindAtShare: settings.remindAtShare, deliver: deliverNotices })
  const leftBefore = toIso(nowMs() - SETTLE_AFTER_MS)
  const noticesDelivered = await deliverLeftoverNotices(db, requests, leftBefore, budget)
  // a lower reminder threshold first brings the stored times forward, so the due query sees them
  await rescheduleOpenRequests(db, requests, at, budget)
  const escalations = await runEscalations(requests, at, calendar, settings.remindAtShare, budget)
  const autoClosed = await autoClose(requests, at, settings.autoCloseDays, budget)
  if (!budget.spent()) await runCare(db, at, budget, leftBefore)
  await logCalendarWarning(db, at)
  const rollupsSettled = budget.spent() ? 0 : await settleLeftovers(db, leftBefore)
  const finished = !budget.spent()
  if (!finished) console.warn('[scheduler] time budget spent; the next run continues')
  return { ok: true, data: { ...escalations, autoClosed, rollupsSettled, noticesDelivered, finished } }
}

const NOTHING_DONE = { reminded: 0, supervised: 0, countyLevel: 0, autoClosed: 0, rollupsSettled: 0, noticesDelivered: 0 }

/** A call delivers and settles its own within milliseconds; what is older than this was left behind. */
const SETTLE_AFTER_MS = 60_000
