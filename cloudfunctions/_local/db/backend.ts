// The request class underneath @cloudbase/database: `send(action, params)` receives what the real
// SDK would post to the CloudBase database service (queries, updates and stages as MongoDB extended
// JSON) and answers with the same shapes, evaluated by mingo over the local store. Each `send` does
// all its work synchronously before its promise settles, so every call is atomic with respect to
// every other one; the platform limits are kept so code that would break in the cloud breaks here.
import { EJSON } from 'bson'
import { randomBytes } from 'node:crypto'
import { Aggregator, find, ProcessingMode } from 'mingo'
import fullContext from 'mingo/init/context'
import { createUpdater } from 'mingo/updater'
import type { Doc, Store, WriteOp } from './store'

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

/** Documents scanned and returned per collection since the last reset ("reads per run"). */
export function getDbStats(): DbStats {
  return structuredClone(stats)
}

export function resetDbStats(): void {
  for (const coll of Object.keys(stats)) delete stats[coll]
}

function tally(coll: string, scanned: number, returned: number) {
  const s = (stats[coll] ??= { scanned: 0, returned: 0 })
  s.scanned += scanned
  s.returned += returned
}

/** What @cloudbase/database puts in params; strings are EJSON. */
export interface Params {
  collectionName?: string
  query?: string
  queryType?: 'WHERE' | 'DOC'
  order?: string
  offset?: number
  limit?: number
  projection?: string
  data?: string | string[]
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  stages?: { stageKey: string; stageValue: string }[]
  transactionId?: string
}

export type Reply = Record<string, unknown>

/** A failure the SDK reports with `errCode` from its TCB_ERR_CODE table (keyed by `code`). */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export interface Backend {
  send(action: string, params?: Params): Promise<Reply>
}

const mingoOptions = { context: fullContext(), processingMode: ProcessingMode.CLONE_INPUT }
const applyUpdate = createUpdater({ cloneMode: 'deep' })

/**
 * `latencyMs`: each answer waits a random 0..latencyMs first, as a round trip to the cloud database
 * does, so that concurrent calls interleave inside their transactions (env DB_LATENCY_MS).
 */
export function createBackend(store: Store, opts: { nowMs?: () => number; latencyMs?: number } = {}): Backend {
  const nowMs = opts.nowMs ?? Date.now
  const latencyMs = opts.latencyMs ?? 0
  const txns = createTransactions(store)
  const decode = (text: string | undefined): Record<string, unknown> =>
    text ? (revive(EJSON.parse(text, { relaxed: true }), nowMs) as Record<string, unknown>) : {}

  const requireCollection = (coll: string) => mustExist(store, coll)

  /**
   * The documents a query selects. A query that pins `_id` to one value (alone, or with further
   * conditions such as a version check) is a key lookup, as on the primary index in the cloud;
   * anything else is a full scan, since the local store keeps no secondary indexes.
   */
  function select(coll: string, query: Record<string, unknown>): Doc[] {
    if (typeof query._id === 'string') {
      const doc = store.get(coll, query._id)
      tally(coll, doc ? 1 : 0, 0)
      return doc ? (find([doc], query, {}, mingoOptions).all() as Doc[]) : []
    }
    const docs = [...store.docs(coll)]
    tally(coll, docs.length, 0)
    return find(docs, query, {}, mingoOptions).all() as Doc[]
  }

  function answerList(coll: string, docs: object[]): Reply {
    const list = docs.map((d) => EJSON.stringify(d, { relaxed: true }))
    const bytes = list.reduce((n, s) => n + Buffer.byteLength(s), 0)
    if (bytes > LIMITS.resultBytes) {
      throw new DbError('DATABASE_REQUEST_FAILED', `data exceed max size: query result is ${bytes} bytes, over the 1MB limit`)
    }
    tally(coll, 0, docs.length)
    return { data: { list } }
  }

  function getDocument(p: Params, coll: string): Reply {
    if (p.transactionId) return answerList(coll, txns.get(p.transactionId, coll, decode(p.query)))
    requireCollection(coll)
    const limit = Math.min(p.limit || LIMITS.defaultGet, LIMITS.maxGet)
    const projection = p.projection ? decode(p.projection) : {}
    let cursor = find(select(coll, decode(p.query)), {}, projection, mingoOptions)
    if (p.order) cursor = cursor.sort(decode(p.order) as Record<string, 1 | -1>)
    return answerList(coll, cursor.skip(p.offset ?? 0).limit(limit).all() as object[])
  }

  function insertDocument(p: Params, coll: string): Reply {
    const docs = (p.data as string[]).map((text) => {
      const doc = decode(text)
      return { ...doc, _id: doc._id ?? newId() } as Doc
    })
    if (p.transactionId) return { data: { insertedIds: txns.insert(p.transactionId, coll, docs) } }
    docs.forEach((doc, i) => {
      if (store.get(coll, doc._id) || docs.findIndex((d) => d._id === doc._id) < i) throw duplicate(coll, doc._id)
    })
    write(coll, docs.map((doc) => ({ kind: 'put', coll, doc })))
    return { data: { insertedIds: docs.map((d) => d._id) } }
  }

  function modifyDocument(p: Params, coll: string): Reply {
    const query = decode(p.query)
    const change = decode(p.data as string)
    if (p.transactionId) return { data: txns.modify(p.transactionId, coll, String(query._id), change, !p.merge) }
    if (!p.merge) return { data: replaceDoc(store, coll, String(query._id), change, write) }
    requireCollection(coll)
    const matched = select(coll, query)
    const ops: WriteOp[] = []
    for (const doc of p.multi ? matched : matched.slice(0, 1)) {
      const next = updated(doc, change)
      if (next) ops.push({ kind: 'put', coll, doc: next })
    }
    write(coll, ops)
    return { data: { updated: ops.length } }
  }

  function removeDocument(p: Params, coll: string): Reply {
    const query = decode(p.query)
    if (p.transactionId) return { data: { deleted: txns.remove(p.transactionId, coll, String(query._id)) } }
    requireCollection(coll)
    const matched = select(coll, query)
    const gone = p.multi ? matched : matched.slice(0, 1)
    write(coll, gone.map((d) => ({ kind: 'delete', coll, id: d._id })))
    return { data: { deleted: gone.length } }
  }

  function aggregateDocuments(p: Params, coll: string): Reply {
    requireCollection(coll)
    const pipeline = (p.stages ?? []).map((s) => ({ [s.stageKey]: decode(`{"v":${s.stageValue}}`).v }))
    if (!pipeline.some((stage) => '$limit' in stage)) pipeline.push({ $limit: LIMITS.defaultAggregate })
    const collectionResolver = (name: string) => {
      const docs = [...store.docs(name)]
      tally(name, docs.length, 0)
      return docs.map((d) => structuredClone(d))
    }
    const agg = new Aggregator(pipeline, { ...mingoOptions, collectionResolver })
    return answerList(coll, agg.run(collectionResolver(coll)) as object[])
  }

  /** Inserting into a collection nobody created works, as a newcomer expects, but says so. */
  function write(coll: string, ops: WriteOp[]) {
    if (ops.length > 0 && !store.has(coll)) {
      console.warn(`[local db] created collection "${coll}" on first write; in the cloud this write fails unless the collection is created at deploy`)
    }
    store.write(ops)
    txns.touched(ops)
  }

  const actions: Record<string, (p: Params, coll: string) => Reply> = {
    'database.getDocument': getDocument,
    'database.calculateDocument': (p, coll) => {
      requireCollection(coll)
      return { data: { total: select(coll, decode(p.query)).length } }
    },
    'database.insertDocument': insertDocument,
    'database.modifyDocument': modifyDocument,
    'database.removeDocument': removeDocument,
    'database.aggregateDocuments': aggregateDocuments,
    'database.addCollection': (_p, coll) => {
      if (!store.create(coll)) throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${coll}`)
      return {}
    },
    'database.startTransaction': () => ({ transactionId: txns.start() }),
    'database.commitTransaction': (p) => (txns.commit(p.transactionId ?? ''), {}),
    'database.abortTransaction': (p) => (txns.abort(p.transactionId ?? ''), {}),
  }

  return {
    async send(action, params = {}) {
      if (latencyMs > 0) await new Promise((r) => setTimeout(r, Math.random() * latencyMs))
      const requestId = `local-${newId().slice(0, 16)}`
      const run = actions[action]
      try {
        if (!run) throw new DbError('INVALID_PARAM', `action ${action} is not supported by the local database`)
        return { ...run(params, params.collectionName ?? ''), requestId }
      } catch (e) {
        if (e instanceof DbError) return { code: e.code, message: e.message, requestId }
        return { code: 'DATABASE_REQUEST_FAILED', message: e instanceof Error ? e.message : String(e), requestId }
      }
    },
  }
}

/** Reads of a missing collection fail as on the real service, so a forgotten collection shows up here. */
function mustExist(store: Store, coll: string) {
  if (!store.has(coll)) {
    throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${coll}`)
  }
}

/** `doc(id).set()`: replace or create; `updated` counts real changes, as the service's does. */
function replaceDoc(store: Store, coll: string, id: string, data: Record<string, unknown>, write: (c: string, ops: WriteOp[]) => void) {
  const old = store.get(coll, id)
  const doc = { ...data, _id: id } as Doc
  const same = old && EJSON.stringify(old) === EJSON.stringify(doc)
  if (!same) write(coll, [{ kind: 'put', coll, doc }])
  return old ? { updated: same ? 0 : 1 } : { updated: 0, upsert_id: id }
}

/** The document after an update expression, or undefined when nothing changed (`updated: 0`). */
function updated(doc: Doc, change: Record<string, unknown>): Doc | undefined {
  const next = structuredClone(doc)
  const expr = Object.keys(change).some((k) => k.startsWith('$')) ? change : { $set: change }
  // mingo applies one operator per call; the service applies them all to the same document
  let changed = 0
  for (const [op, args] of Object.entries(expr)) {
    changed += applyUpdate(next, { [op]: args } as Parameters<typeof applyUpdate>[1]).length
  }
  if (next._id !== doc._id) throw new DbError('DATABASE_REQUEST_FAILED', 'cannot modify _id')
  return changed > 0 ? next : undefined
}

function duplicate(coll: string, id: string) {
  return new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: "${id}" }`)
}

const newId = () => randomBytes(16).toString('hex')

/** EJSON leaves BSON regexes and the SDK's server-date marker as objects mingo cannot use. */
function revive(value: unknown, nowMs: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, nowMs))
  if (!value || typeof value !== 'object' || value instanceof Date) return value
  const v = value as Record<string, unknown> & { _bsontype?: string }
  if (v._bsontype === 'BSONRegExp') return new RegExp(String(v.pattern), String(v.options).replace(/[^imsu]/g, ''))
  if (v._bsontype === 'ObjectId' || v._bsontype === 'ObjectID') return String(value)
  if ('$tcb_server_date' in v) {
    const { offset = 0 } = v.$tcb_server_date as { offset?: number }
    return new Date(nowMs() + offset)
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x, nowMs)]))
}

interface Txn {
  startSeq: number
  /** buffered writes by key; null is a delete */
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>
}

/**
 * Transactions are single-document operations (doc(id).get/set/update/remove and add), as on the
 * real service. Writes are buffered and applied in one SQLite transaction at commit; a commit whose
 * documents were written by someone else since the transaction began fails with the conflict code,
 * which makes the SDK's runTransaction retry (first committer wins, like MongoDB's snapshot rule).
 */
function createTransactions(store: Store) {
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
        if (read(t, coll, doc._id)) throw duplicate(coll, doc._id)
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
