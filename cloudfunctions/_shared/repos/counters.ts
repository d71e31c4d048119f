import { createHash } from 'node:crypto'
import type { Database } from '../cloud'

/**
 * Request numbers without a hot document: a counter every submit of the day increments is a queue
 * of transaction conflicts under a burst (200 submits in a second lost some). Instead a number is
 * the local date and five digits chosen from the request id, claimed by inserting
 * `counters/no-<number>` (a unique _id; an insert never conflicts, it succeeds or finds the claim).
 * A taken number moves to the next candidate; the same request asking again gets its own claim
 * back, so a retried submit keeps its number. Form: QB20261123-48213 (unique, not in submit order).
 */
const COUNTERS = 'counters'
const FIRST = 10_000
const SPAN = 90_000
/** With a day's numbers 1 % taken, 20 candidates all taken has odds of 1e-40. */
const MAX_CANDIDATES = 20

export async function nextRequestNo(db: Database, localDate: string, requestId: string): Promise<string> {
  const day = localDate.replace(/-/g, '')
  for (let k = 0; k < MAX_CANDIDATES; k++) {
    const no = `QB${day}-${FIRST + (digest(`${requestId}:${k}`) % SPAN)}`
    const claim = `no-${no}`
    try {
      await db.collection(COUNTERS).add({ data: { _id: claim, requestId } })
      return no
    } catch (err) {
      const held = (await db.collection(COUNTERS).where({ _id: claim }).limit(1).get()).data[0]
      if (!held) throw err // not a taken number: a real failure
      if (held.requestId === requestId) return no // our own claim from an earlier try
    }
  }
  throw new Error(`no free request number for ${localDate} after ${MAX_CANDIDATES} candidates`)
}

function digest(s: string): number {
  return createHash('sha1').update(s).digest().readUInt32BE(0)
}
