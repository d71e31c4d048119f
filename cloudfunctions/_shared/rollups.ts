/**
 * Rollups kept in step with every request write: the figures of SPEC §6 are read from a few small
 * documents per scope instead of from the requests. The request repository writes each change
 * with its increments pending on the request (one atomic write), then settles them here.
 */
import { mergeShards, rollupId, ROLLUP_SHARDS, shardFor, shardId, shardIdsOf, withIncrements, type PendingRollup, type RollupDoc, type RollupMeta } from '../../src/core/rollups'
import type { Database } from './cloud'
import { isTransactionConflict } from './repos/docs'

export const ROLLUPS = 'rollups'
const REQUESTS = 'requests'

/**
 * Applies a request's pending increments and clears them, in one transaction: of two callers (the
 * function that wrote the change and the scheduler's sweep) exactly one applies them. Answers
 * whether this call applied them; when they could not be applied now (conflicts past the retries)
 * they stay pending on the request for the scheduler, and the change itself is safe. Each attempt
 * writes one shard of every document (`shardFor`), a retry the next one.
 */
export async function settleRollup(db: Database, requestId: string, token: string): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(async (t: Database) => {
        const ref = t.collection(REQUESTS).doc(requestId)
        const pending = (await getInTransaction(ref))?.rollupPending as PendingRollup | null | undefined
        if (!pending || pending.token !== token) return false // settled already, or folded into a later change
        const _ = db.command
        const shard = shardFor(token, attempt)
        for (const { id, meta, inc } of pending.docs) {
          // `_.inc` on the document, or the document created with the amounts: no read needed
          const doc = t.collection(ROLLUPS).doc(shardId(id, shard))
          const res = await doc.update({ data: Object.fromEntries(inc.map(([path, n]) => [path, _.inc(n)])) })
          if (res.stats.updated === 0) await doc.set({ data: withIncrements(null, meta, inc) })
        }
        await ref.update({ data: { rollupPending: null } })
        return true
      }, 1)
    } catch (err) {
      if (attempt >= SETTLE_ATTEMPTS || !isTransactionConflict(err)) {
        console.warn(`[rollups] ${requestId} left pending for the scheduler: ${String((err as Error)?.message ?? err)}`)
        return false
      }
      // the next attempt writes another shard; the backoff (with jitter) is for a burst hitting them all
      await new Promise((r) => setTimeout(r, Math.random() * 2 ** attempt))
    }
  }
}

const SETTLE_ATTEMPTS = 8

/** A request page of what the sweep settles per run; anything left is picked up by the next run. */
export const SWEEP_PAGE = 100

/**
 * The scheduler's sweep: settles increments left pending since before `cutoff` (a function that
 * crashed or timed out between its write and its rollup transaction). An indexed range read on
 * `rollupPending.at`, so it reads only what is pending.
 */
export async function settleLeftovers(db: Database, cutoff: string): Promise<number> {
  const res = await db
    .collection(REQUESTS)
    .where({ 'rollupPending.at': db.command.lt(cutoff) })
    .orderBy('rollupPending.at', 'asc')
    .limit(SWEEP_PAGE)
    .field({ rollupPending: true })
    .get()
  let settled = 0
  for (const doc of res.data as { _id: string; rollupPending: PendingRollup }[]) {
    if (await settleRollup(db, doc._id, doc.rollupPending.token)) settled += 1
  }
  return settled
}

/** A document read inside a transaction, or null: the service answers a missing one with an error. */
async function getInTransaction(ref: { get(): Promise<{ data: unknown }> }): Promise<Record<string, unknown> | null> {
  try {
    const res = await ref.get()
    return (res.data as Record<string, unknown> | undefined) ?? null
  } catch (err) {
    if (/not.?exist|cannot find|not found/i.test(String((err as Error)?.message ?? err))) return null
    throw err
  }
}

/**
 * Rollup documents by id, each the sum of its shards. The shards of up to 12 rollups are one
 * `_id in` query (96 primary keys; in the cloud and in the local store alike), so the cost is the
 * number of buckets asked for, whatever the size of the history: a month of day buckets is three
 * queries, not thirty.
 */
export async function readRollups(db: Database, metas: RollupMeta[]): Promise<RollupDoc[]> {
  const ids = metas.map((m) => rollupId(m))
  const chunks: string[][] = []
  for (let i = 0; i < ids.length; i += ROLLUPS_PER_QUERY) chunks.push(ids.slice(i, i + ROLLUPS_PER_QUERY))
  const shards = new Map<string, Record<string, unknown>[]>()
  for (const part of await Promise.all(chunks.map((chunk) => readShardsOfMany(db, chunk)))) for (const [id, docs] of part) shards.set(id, docs)
  return metas.map((m, i) => mergeShards(m, shards.get(ids[i]) ?? [])).filter((d): d is RollupDoc => d !== null)
}

/** 12 rollups of 8 shards: under the 100 keys an `in` list is sent with. */
const ROLLUPS_PER_QUERY = Math.floor(100 / ROLLUP_SHARDS)

/** The shards of some rollups by rollup id, from one query; over the 1 MB result cap, rollup by rollup. */
async function readShardsOfMany(db: Database, ids: string[]): Promise<Map<string, Record<string, unknown>[]>> {
  const owner = new Map(ids.flatMap((id) => shardIdsOf(id).map((s) => [s, id] as const)))
  let docs: Record<string, unknown>[]
  try {
    docs = (await db.collection(ROLLUPS).where({ _id: db.command.in([...owner.keys()]) }).limit(owner.size).get()).data
  } catch (err) {
    if (!isOverResultCap(err)) throw err
    return new Map(await Promise.all(ids.map(async (id) => [id, await readShards(db, id)] as const)))
  }
  const byRollup = new Map<string, Record<string, unknown>[]>(ids.map((id) => [id, []]))
  for (const doc of docs) byRollup.get(owner.get(String(doc._id)) ?? '')?.push(doc)
  return byRollup
}

const isOverResultCap = (err: unknown) => /exceed|1MB|size/i.test(String((err as Error)?.message ?? err))

async function readShards(db: Database, id: string): Promise<Record<string, unknown>[]> {
  const ids = shardIdsOf(id)
  try {
    return (await db.collection(ROLLUPS).where({ _id: db.command.in(ids) }).limit(ROLLUP_SHARDS).get()).data
  } catch (err) {
    // the shards of a very wide scope (a county's every village) together over the 1 MB result cap: one by one
    if (!isOverResultCap(err)) throw err
    const one = await Promise.all(ids.map((i) => db.collection(ROLLUPS).where({ _id: i }).limit(1).get()))
    return one.flatMap((r) => r.data)
  }
}
