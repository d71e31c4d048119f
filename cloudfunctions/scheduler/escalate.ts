import type { Calendar } from '../../src/core/calendar'
import { escalate } from '../../src/core/escalation'
import type { ServiceRequest } from '../../src/core/types'
import { announceAfterSave } from '../_shared/announce'
import type { Database } from '../_shared/cloud'
import { ESCALATION_PAGE, type RequestRepo } from '../_shared/repos/requests'

const MAX_BATCHES = 20

export interface EscalationReport {
  reminded: number
  supervised: number
  countyLevel: number
}

/**
 * Reminders and supervision (SPEC §3.5). Each request acted on gets its record and a later
 * `escalateAt` in the same versioned write, so it leaves the due query and a rerun finds nothing;
 * the notices go out after the write, keyed by the new version.
 */
export async function runEscalations(db: Database, requests: RequestRepo, at: string, cal: Calendar, remindAtShare: number): Promise<EscalationReport> {
  const report: EscalationReport = { reminded: 0, supervised: 0, countyLevel: 0 }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await requests.dueForEscalation(at)
    let moved = 0
    for (const req of due) {
      const plan = escalate(req, at, cal, remindAtShare) ?? reschedule(req)
      try {
        await requests.saveIfVersion(plan.next, req.version)
      } catch {
        continue // changed meanwhile by a user: its new escalateAt is exact, the next run sees it
      }
      moved += 1
      count(report, req, plan.next)
      await announceAfterSave(db, plan.next, plan.notices)
    }
    if (due.length < ESCALATION_PAGE || moved === 0) break
  }
  return report
}

/** Nothing to do though due (e.g. the calendar's overrides changed): just store the exact next time. */
function reschedule(req: ServiceRequest) {
  return { next: { ...req, version: req.version + 1 }, notices: [] }
}

function count(report: EscalationReport, before: ServiceRequest, after: ServiceRequest) {
  const added = after.events.slice(before.events.length)
  report.reminded += added.filter((e) => e.type === 'remind').length
  report.supervised += added.filter((e) => e.type === 'supervise' && e.level === 1).length
  report.countyLevel += added.filter((e) => e.type === 'supervise' && e.level === 2).length
}
