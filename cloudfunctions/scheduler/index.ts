import { loadCalendar } from '../_shared/calendar'
import { getDb } from '../_shared/cloud'
import { now, nowMs } from '../_shared/clock'
import { createRequestRepo } from '../_shared/repos/requests'
import { autoClose } from './auto-close'
import { runEscalations, type EscalationReport } from './escalate'
import { runCare } from './care'

/**
 * Timer trigger (config.json), every 10 minutes. Idempotent: each rule acts only on requests it has
 * not acted on for the deadline in force, found through indexed queries (`{status, escalateAt}`,
 * `{status, resolvedAt}`), never by reading the whole collection.
 */
export async function main(): Promise<{ ok: true; data: EscalationReport & { autoClosed: number } }> {
  const at = now()
  const db = getDb()
  const calendar = await loadCalendar(db, nowMs())
  const requests = createRequestRepo(db, calendar)
  const escalations = await runEscalations(db, requests, at, calendar)
  const autoClosed = await autoClose(requests, at)
  await runCare(db, at)
  return { ok: true, data: { ...escalations, autoClosed } }
}
