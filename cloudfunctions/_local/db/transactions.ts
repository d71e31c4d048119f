// Transactions of the local database: single-document operations (doc(id).get/set/update/remove
// and add), as on the real service. Writes are buffered and applied in one SQLite write at commit;
// a commit whose documents were written by someone else since the transaction began fails with the
// conflict code, which makes the SDK's runTransaction retry (first committer wins, like MongoDB's
// snapshot rule). Concurrent calls interleave (backend.ts), so conflicts happen for real.
import { DbError, duplicate, mustExist, newId, tally, updated } from './shared'
import type { Doc, Store, WriteOp } from './store'

interface Txn {
  startSeq: number
  /** buffered writes by key; null is a delete */
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>
}

export function createTransactions(store: Store) {
  const open = new Map<string, Txn>()
  const lastWrite = new Map<string, number>()
  let seq = 0
  const key = (coll: string, id: string) => `${coll}\u0000${id}`

  const txn = (id: string) => {
    const t = open.get(id)
    if (!t) throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist or has ended`)
    return t
  }
  const read = (t: Txn, coll: string, id: string): Doc | undefined => {
    const w = t.writes.get(key(coll, id))
    return w ? (w.doc ?? undefined) : store.get(coll, id)
  }
  const put = (t: Txn, coll: string, id: string, doc: Doc | null) => t.writes.set(key(coll, id), { coll, id, doc })
  // Only writes after the oldest open transaction began can conflict, so with none open, forget.
  const touched = (ops: WriteOp[]) => {
    seq += 1
    if (open.size === 0) return lastWrite.clear()
    for (const op of ops) lastWrite.set(key(op.coll, op.kind === 'put' ? op.doc._id : op.id), seq)
  }

  return {
    start() {
      const id = newId()
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
        if (read(t, coll, doc._id)) throw duplicate(coll, `_id: "${doc._id}"`)
        put(t, coll, doc._id, doc)
      }
      return docs.map((d) => d._id)
    },
    modify(tid: string, coll: string, id: string, change: Record<string, unknown>, replace: boolean) {
      const t = txn(tid)
      const old = read(t, coll, id)
      if (replace) {
        put(t, coll, id, { ...change, _id: id })
        return old ? { updated: 1 } : { updated: 0, upsert_id: id }
      }
      const next = old && updated(old, change)
      if (next) put(t, coll, id, next)
      return { updated: next ? 1 : 0 }
    },
    remove(tid: string, coll: string, id: string) {
      const t = txn(tid)
      if (!read(t, coll, id)) return 0
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
      const ops: WriteOp[] = [...t.writes.values()].map(({ coll, id, doc }) =>
        doc ? { kind: 'put', coll, doc } : { kind: 'delete', coll, id },
      )
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
