import { autoCloseCutoff, autoCloseEvents } from '../../src/core/escalation'
import { evolveAll } from '../../src/core/lifecycle'
import type { RequestRepo } from '../_shared/repos/requests'

const MAX_BATCHES = 20

/** Closes requests resolved `days` (settings, 7 by default) ago and never rated (SPEC §3.5); answers how many. */
export async function autoClose(requests: RequestRepo, at: string, days: number): Promise<number> {
  let autoClosed = 0
  // Closed requests drop out of the query, so pages shrink; the bound keeps one run short.
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await requests.resolvedBefore(autoCloseCutoff(at, days))
    let closedNow = 0
    for (const req of due) {
      const events = autoCloseEvents(req, at, days)
      if (events.length === 0) continue
      try {
        await requests.saveIfVersion(evolveAll(req, events), req.version)
        closedNow += 1
      } catch {
        // changed meanwhile (rated just now): the next run looks at it again
      }
    }
    autoClosed += closedNow
    if (due.length < 100 || closedNow === 0) break
  }
  return autoClosed
}
