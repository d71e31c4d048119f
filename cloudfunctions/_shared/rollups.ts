/**
 * Rollups kept in step with every request write (the request repository calls in here): the
 * figures of SPEC §6 are read from a few small documents per scope instead of from the requests.
 * Each change is a set of `_.inc` updates, atomic per document, so concurrent writers add up.
 */
import { rollupDelta, rollupId, type RollupDoc, type RollupMeta } from '../../src/core/rollups'
import type { ServiceRequest } from '../../src/core/types'
import type { Database } from './cloud'
import { getById } from './repos/docs'

export const ROLLUPS = 'rollups'

/**
 * The stored request a versioned save replaces: read before the save, it is exactly the state the
 * save's `version` check will find (versions only grow), or null when that check will fail anyway.
 * `known`: the copy the caller loaded, used when it is at that version (no second read).
 */
export async function rollupBase(db: Database, id: string, expectedVersion: number, known?: ServiceRequest): Promise<ServiceRequest | null> {
  const stored = known?.version === expectedVersion ? known : await getById<ServiceRequest>(db, 'requests', id)
  return stored && stored.version === expectedVersion ? stored : null
}

/** Moves `before`'s contribution out of the rollups and `after`'s in (either may be null). */
export async function applyRollupDelta(db: Database, before: ServiceRequest | null, after: ServiceRequest | null): Promise<void> {
  const delta = rollupDelta(before, after)
  await Promise.all([...delta.entries()].map(([id, { meta, inc }]) => incDoc(db, id, meta, inc)))
}

/** `_.inc` on an existing document, or the document created with the amounts (upsert by hand). */
async function incDoc(db: Database, id: string, meta: RollupMeta, inc: Record<string, number>): Promise<void> {
  const _ = db.command
  const rollups = db.collection(ROLLUPS)
  const update = () => rollups.where({ _id: id }).update({ data: Object.fromEntries(Object.entries(inc).map(([p, n]) => [p, _.inc(n)])) })
  if ((await update()).stats.updated === 1) return
  try {
    await rollups.add({ data: { _id: id, ...meta, ...nested(inc) } })
  } catch (err) {
    // another writer created it meanwhile: add to theirs
    if ((await update()).stats.updated !== 1) throw err
  }
}

function nested(inc: Record<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [path, n] of Object.entries(inc)) {
    const keys = path.split('.')
    let at = out
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>
    at[keys[keys.length - 1]] = n
  }
  return out
}

/**
 * Rollup documents by id. Each is a primary-key read (in the cloud and in the local store alike), so
 * the cost is the number of buckets asked for, whatever the size of the history.
 */
export async function readRollups(db: Database, metas: RollupMeta[]): Promise<RollupDoc[]> {
  const docs = await Promise.all(metas.map((m) => getById<RollupDoc & { id: string }>(db, ROLLUPS, rollupId(m))))
  return docs.filter((d): d is RollupDoc & { id: string } => d !== null)
}

