// Promoting a staged import: every op is an idempotent write keyed by the record's natural key,
// each chunk is marked done after its ops, so a resumed run redoes at most one chunk and a redone
// op writes the same values again. Users are never given an OPENID here, nor lose theirs.
import type { ImportOp } from '../../../src/core/org-import-types'
import { recordAudit } from '../audit'
import type { Database } from '../cloud'
import { auditIdFor, deactivateUser, handOverWork } from '../handover'
import { GATE_ID, ORG_IMPORTS, readGate, type Gate } from './gate'

/** Ops written at a time inside a chunk (independent records; handovers and deactivations get chunks of their own). */
const PARALLEL = 8

export interface Resumed {
  gate: Gate
  /** false: the time budget ran out first; the gate stays closed and the next call goes on */
  done: boolean
}

/**
 * Finishes the import behind a closed gate, if any (null: the gate was open). With `untilMs` it
 * stops between chunks once that time is passed, so a call ends well inside the platform's 60 s
 * and the next call (the admin's screen calls again at once) or the scheduler goes on.
 */
export async function resumeImport(db: Database, untilMs = Infinity): Promise<Resumed | null> {
  const gate = await readGate(db)
  if (!gate) return null
  for (let n = 0; n < gate.chunks; n++) {
    if (Date.now() > untilMs) return { gate, done: false }
    const id = `${gate.batchId}-${n}`
    const chunk = (await db.collection(ORG_IMPORTS).where({ _id: id }).limit(1).get()).data[0] as { ops: ImportOp[]; done: boolean } | undefined
    if (!chunk || chunk.done) continue
    for (let i = 0; i < chunk.ops.length; i += PARALLEL) {
      await Promise.all(chunk.ops.slice(i, i + PARALLEL).map((op) => applyOp(db, op, gate.actorId)))
      await yieldToOthers()
    }
    await db.collection(ORG_IMPORTS).where({ _id: id }).update({ data: { done: true } })
  }
  await recordAudit(db, { actorId: gate.actorId, at: gate.at, action: 'importApply', target: gate.batchId, after: { fileID: gate.fileID, ...gate.summary } }, auditIdFor(gate.at, gate.batchId))
  await db.collection(ORG_IMPORTS).where({ _id: GATE_ID, batchId: gate.batchId }).remove()
  for (let n = 0; n < gate.chunks; n++) await db.collection(ORG_IMPORTS).where({ _id: `${gate.batchId}-${n}` }).remove()
  return { gate, done: true }
}

/**
 * Lets other calls of the same instance run between batches: a database answer that comes back
 * at once (the local backend answers synchronously) would otherwise hold the event loop for the
 * whole promote. In the cloud it costs one turn of the loop.
 */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve))

async function applyOp(db: Database, op: ImportOp, actorId: string): Promise<void> {
  const _ = db.command
  switch (op.kind) {
    case 'region':
    case 'unit':
    case 'pairing':
      await upsert(db, op.kind === 'region' ? 'regions' : op.kind === 'unit' ? 'units' : 'pairings', op.id, op.data as Record<string, unknown>)
      return
    case 'unpair':
      await db.collection('pairings').where({ _id: op.id }).remove()
      return
    case 'user': {
      const unset = Object.fromEntries(op.unset.map((k) => [k, _.remove()]))
      const res = await db.collection('users').where({ _id: op.id }).update({ data: { ...op.data, ...unset } })
      // a new user is added unbound; if a redo finds it there (maybe bound since), it was updated above
      if (res.stats.updated === 0 && op.create) await addOnce(db, 'users', op.id, { openid: '', active: true, ...op.data })
      return
    }
    case 'handover':
      await handOverWork(db, op.id, actorId)
      return
    case 'deactivate':
      await deactivateUser(db, op.id, actorId)
      return
    default: {
      const never: never = op
      throw new Error(`unknown op ${JSON.stringify(never)}`)
    }
  }
}

async function upsert(db: Database, collection: string, id: string, data: Record<string, unknown>): Promise<void> {
  const res = await db.collection(collection).where({ _id: id }).update({ data })
  if (res.stats.updated === 0) await addOnce(db, collection, id, data)
}

async function addOnce(db: Database, collection: string, id: string, data: Record<string, unknown>): Promise<void> {
  try {
    await db.collection(collection).add({ data: { _id: id, ...data } })
  } catch (err) {
    if (!(await db.collection(collection).where({ _id: id }).limit(1).get()).data.length) throw err
  }
}
