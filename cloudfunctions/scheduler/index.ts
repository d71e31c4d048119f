import { autoCloseCutoff, autoCloseEvents } from '../../src/core/escalation'
import { evolveAll } from '../../src/core/lifecycle'
import { getDb } from '../_shared/cloud'
import { now } from '../_shared/clock'
import { createRequestRepo } from '../_shared/repos/requests'

/**
 * Timer trigger (config.json). Idempotent: each rule acts only on requests it has not acted on,
 * found through indexed queries on open states, never by reading the whole collection.
 */
const MAX_BATCHES = 20

export async function main(): Promise<{ ok: true; data: { autoClosed: number } }> {
  const at = now()
  const requests = createRequestRepo(getDb())
  let autoClosed = 0
  // Closed requests drop out of the query, so pages shrink; the bound keeps one run short.
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await requests.resolvedBefore(autoCloseCutoff(at))
    let closedNow = 0
    for (const req of due) {
      const events = autoCloseEvents(req, at)
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
  return { ok: true, data: { autoClosed } }
}
