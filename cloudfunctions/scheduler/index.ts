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
import { runEscalations, type EscalationReport } from './escalate'
import { runCare } from './care'
import { logCalendarWarning } from './calendar-warning'

/**
 * Timer trigger (config.json), every 10 minutes. Idempotent: each rule acts only on requests it has
 * not acted on for the deadline in force, found through indexed queries (`{status, escalateAt}`,
 * `{status, resolvedAt}`), never by reading the whole collection. It also settles rollup
 * increments that a crashed call left pending for over a minute (`{rollupPending.at}`), and first
 * finishes an organisation import or a deactivation handover that a cut-off call left (SPEC §7.1).
 */
export async function main(): Promise<{ ok: true; data: EscalationReport & { autoClosed: number; rollupsSettled: number } }> {
  const db = getDb()
  // an import or a handover a cut-off call left half-done is finished before anything reads the organisation
  await resumeImport(db)
  await finishHandovers(db)
  const at = now()
  const [calendar, settings] = await Promise.all([loadCalendar(db, nowMs()), loadSettings(db, nowMs())])
  const requests = createRequestRepo(db, calendar, settings.remindAtShare)
  const escalations = await runEscalations(db, requests, at, calendar, settings.remindAtShare)
  const autoClosed = await autoClose(requests, at, settings.autoCloseDays)
  await runCare(db, at)
  await logCalendarWarning(db, at)
  const rollupsSettled = await settleLeftovers(db, toIso(nowMs() - SETTLE_AFTER_MS))
  return { ok: true, data: { ...escalations, autoClosed, rollupsSettled } }
}

/** A call settles its own increments within milliseconds; what is older than this was left behind. */
const SETTLE_AFTER_MS = 60_000
