// Transactions of the local database: single-document operations (doc(id).get/set/update/remove
// and add), as on the real service. Writes are buffered and applied in one SQLite write at commit;
// a commit whose documents were written by someone else since the transaction began fails with the
// conflict code, which makes the SDK's runTransaction retry (first committer wins, like MongoDB's
// snapshot rule). Concurrent calls interleave (backend.ts), so conflicts happen for real.
// A blind `$inc` (on a document the transaction has not read) is kept as the expression and applied
// at commit, as the service applies `$inc` server-side: an attempt that loses to a concurrent commit
// has then cost no document decoding.
import { DbError, duplicate, mustExist, tally, updated } from './shared'
import type { Doc, Store, WriteOp } from './store'

interface Write {
  coll: string
  id: string
  /** the document as this transaction leaves it; null: deleted; undefined: the stored one, not read yet */
  doc: Doc | null | undefined
  /** `$inc` expressions still to apply to `doc` */
  incs: Record<string, unknown>[]
}

interface Txn {
  startSeq: number
  /** buffered writes by key */
  writes: Map<string, Write>
}

export function createTransactions(store: Store) {
  const open = new Map<string, Txn>()
  const lastWrite = new Map<string, number>()
  let seq = 0
  let started = 0
  const key = (coll: string, id: string) => `${coll}\u0000${id}`

  const txn = (id: string) => {
    const t = open.get(id)
    if (!t) throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist or has ended`)
    return t
  }
  /** The buffered document with its pending increments applied (the stored one when none is buffered). */
  const settle = (w: Write): Doc | null => {
    let doc = w.doc === undefined ? (store.get(w.coll, w.id) ?? null) : w.doc
    // the document is this transaction's own (decoded for it, or its buffered copy): changed in place
    for (const inc of w.incs) doc = doc && (updated(doc, inc, true) ?? doc)
    w.doc = doc
    w.incs = []
    return doc
  }
  const read = (t: Txn, coll: string, id: string): Doc | undefined => {
    const w = t.writes.get(key(coll, id))
    return w ? (settle(w) ?? undefined) : store.get(coll, id)
  }
  const exists = (t: Txn, coll: string, id: string): boolean => {
    const w = t.writes.get(key(coll, id))
    return w ? w.doc !== null : store.has(coll) && store.exists(coll, id)
  }
  const put = (t: Txn, coll: string, id: string, doc: Doc | null) => t.writes.set(key(coll, id), { coll, id, doc, incs: [] })
  // Only writes after the oldest open transaction began can conflict, so with none open, forget.
  const touched = (ops: WriteOp[]) => {
    seq += 1
    if (open.size === 0) return lastWrite.clear()
    for (const op of ops) lastWrite.set(key(op.coll, op.kind === 'put' ? op.doc._id : op.id), seq)
  }

  return {
    start() {
      const id = `t${++started}` // unique in this process, which is where transactions live
      open.set(id, { startSeq: seq, writes: new Map() })
      return id
    },
    get(tid: string, coll: string, query: Record<string, unknown>): Doc[] {
      const t = txn(tid)
      if (Object.keys(query).length !== 1 || typeof query._id !== 'string') {
        throw new DbError('DATABASE_REQUEST_FAILED', 'transactions support single-document operations only: use doc(id)')
      }
      mustExist(store, coll)
      const doc = read(t, coll, query._id)
      tally(coll, doc ? 1 : 0, 0)
      return doc ? [doc] : []
    },
    insert(tid: string, coll: string, docs: Doc[]) {
      const t = txn(tid)
      for (const doc of docs) {
        if (exists(t, coll, doc._id)) throw duplicate(coll, `_id: "${doc._id}"`)
        put(t, coll, doc._id, doc)
      }
      return docs.map((d) => d._id)
    },
    modify(tid: string, coll: string, id: string, change: Record<string, unknown>, replace: boolean) {
      const t = txn(tid)
      if (replace) {
        const existed = exists(t, coll, id)
        put(t, coll, id, { ...change, _id: id })
        return existed ? { updated: 1 } : { updated: 0, upsert_id: id }
      }
      if (isBlindInc(change)) {
        if (!exists(t, coll, id)) return { updated: 0 }
        const k = key(coll, id)
        const w = t.writes.get(k)
        if (w) w.incs.push(change)
        else t.writes.set(k, { coll, id, doc: undefined, incs: [change] })
        return { updated: 1 }
      }
      const buffered = t.writes.has(key(coll, id))
      const old = read(t, coll, id)
      // a buffered copy is kept intact should the update fail; a document just decoded is changed in place
      const next = old && updated(old, change, !buffered)
      if (next) put(t, coll, id, next)
      return { updated: next ? 1 : 0 }
    },
    remove(tid: string, coll: string, id: string) {
      const t = txn(tid)
      if (!exists(t, coll, id)) return 0
      put(t, coll, id, null)
      return 1
    },
    commit(tid: string) {
      const t = txn(tid)
      open.delete(tid)
      for (const [k] of t.writes) {
        if ((lastWrite.get(k) ?? 0) > t.startSeq) {
          throw new DbError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict: a document was written by another call')
        }
      }
      const ops: WriteOp[] = [...t.writes.values()].map((w) => {
        const doc = settle(w)
        return doc ? { kind: 'put', coll: w.coll, doc } : { kind: 'delete', coll: w.coll, id: w.id }
      })
      store.write(ops)
      touched(ops)
    },
    abort(tid: string) {
      open.delete(tid)
    },
    /** Records which documents just changed, for the commit-time conflict check. */
    touched,
  }
}

/** `{$inc: {path: n, …}}` with every amount a non-zero number: it changes the document whatever it holds. */
function isBlindInc(change: Record<string, unknown>): boolean {
  const keys = Object.keys(change)
  if (keys.length !== 1 || keys[0] !== '$inc') return false
  const amounts = change.$inc
  if (!amounts || typeof amounts !== 'object') return false
  const values = Object.values(amounts)
  return values.length > 0 && values.every((n) => typeof n === 'number' && Number.isFinite(n) && n !== 0)
}
