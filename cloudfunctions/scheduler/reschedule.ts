import { parseTime } from '../../src/core/time'
import type { Database } from '../_shared/cloud'
import type { RequestRepo } from '../_shared/repos/requests'
import { RESCHEDULE_ID, SETTINGS, type RescheduleNote } from '../_shared/settings'
import type { Budget } from './budget'

/**
 * Functions cache the settings for a minute and run for at most a minute: from this long after a
 * change on, no call writes an `escalateAt` with the old threshold, so one pass sets them all.
 */
export const RESCHEDULE_AFTER_MS = 2 * 60_000
const PAGE = 100

/**
 * After the reminder threshold went down (settingsSet's note), stores every open request's exact
 * next escalation time with the threshold in force, so the due query finds reminders that are due
 * earlier now. A page at a time within the run's budget; where it got to is kept in the note, and
 * the note is removed when the pass is done (unless a newer change restarted it).
 */
export async function rescheduleOpenRequests(db: Database, requests: RequestRepo, at: string, budget: Budget): Promise<number> {
  const notes = db.collection(SETTINGS)
  const note = (await notes.where({ _id: RESCHEDULE_ID }).limit(1).get()).data[0] as RescheduleNote | undefined
  if (!note || parseTime(note.since) + RESCHEDULE_AFTER_MS > parseTime(at)) return 0
  let after = note.after
  let moved = 0
  for (;;) {
    const page = await requests.openByEscalateAt(after, PAGE)
    for (const req of page) {
      if (await requests.reschedule(req)) moved++
      after = { e: req.escalateAt!, i: req.id }
      if (budget.spent()) break
    }
    const mine = { _id: RESCHEDULE_ID, since: note.since }
    if (page.length < PAGE && !budget.spent()) {
      await notes.where(mine).remove()
      return moved
    }
    await notes.where(mine).update({ data: { after: db.command.set(after) } })
    if (budget.spent()) return moved
  }
}
