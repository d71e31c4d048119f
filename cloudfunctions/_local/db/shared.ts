// What the local database's parts share: the platform limits, the error the SDK reports, the
// update evaluator, and the documents-read counters the benches print.
import { randomBytes } from 'node:crypto'
import { createUpdater } from 'mingo/updater'
import { forgetBody } from './ejson'
import type { Doc, Store } from './store'

export const LIMITS = {
  /** server-side get(): default and maximum page */
  defaultGet: 100,
  maxGet: 1000,
  /** aggregate().end() without a $limit stage answers 20 records on the real service */
  defaultAggregate: 20,
  resultBytes: 1024 * 1024,
}

export type DbStats = Record<string, { scanned: number; returned: number }>
const stats: DbStats = {}

/** Documents read (index entries followed, or rows scanned) and returned per collection since the last reset. */
export function getDbStats(): DbStats {
  return structuredClone(stats)
}

export function resetDbStats(): void {
  for (const coll of Object.keys(stats)) delete stats[coll]
}

export function tally(coll: string, scanned: number, returned: number) {
  const s = (stats[coll] ??= { scanned: 0, returned: 0 })
  s.scanned += scanned
  s.returned += returned
}

/** A failure the SDK reports with `errCode` from its TCB_ERR_CODE table (keyed by `code`). */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Reads of a missing collection fail as on the real service, so a forgotten collection shows up here. */
export function mustExist(store: Store, coll: string) {
  if (!store.has(coll)) {
    throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${coll}`)
  }
}

export function duplicate(coll: string, id: string, index = '_id_') {
  return new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: ${index} dup key: { ${id} }`)
}

export const newId = () => randomBytes(16).toString('hex')

const applyUpdate = createUpdater({ cloneMode: 'deep' })

/**
 * The document after an update expression, or undefined when nothing changed (`updated: 0`).
 * `owned`: the caller's own copy (just decoded from the store), changed in place instead of copied.
 */
export function updated(doc: Doc, change: Record<string, unknown>, owned = false): Doc | undefined {
  const id = doc._id
  const next = owned ? forgetBody(doc) : structuredClone(doc)
  const expr = Object.keys(change).some((k) => k.startsWith('$')) ? change : { $set: change }
  // mingo applies one operator per call; the service applies them all to the same document
  let changed = 0
  for (const [op, args] of Object.entries(expr)) {
    changed += applyUpdate(next, { [op]: args } as Parameters<typeof applyUpdate>[1]).length
  }
  if (next._id !== id) throw new DbError('DATABASE_REQUEST_FAILED', 'cannot modify _id')
  return changed > 0 ? next : undefined
}
