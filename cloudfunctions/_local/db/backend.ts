// The request class underneath @cloudbase/database: `send(action, params)` receives what the real
// SDK would post to the CloudBase database service (queries, updates and stages as MongoDB extended
// JSON) and answers with the same shapes, evaluated by mingo over the local store.
// Concurrency is real: every `send` first yields to the event loop, so concurrent calls interleave
// at each database request as they do against the cloud. Reads then run against what is committed;
// writes queue for the committer (commit.ts), which in its next turn evaluates each one in order (a
// conditional update sees every write before it) and commits the whole queue with one fsync.
// Queries use the declared indexes (plan.ts); on a collection over the scan limit a query none of
// them serves fails, naming its shape, as MongoDB's notablescan does.
import { EJSON } from 'bson'
import { Aggregator, Query, ProcessingMode } from 'mingo'
import fullContext from 'mingo/init/context'
import { createCommitter } from './commit'
import { parseRequest, stringifyRelaxed } from './ejson'
import { createFilters } from './filters'
import { choosePlan, coversAll, describeShape, shapeOf, type SortKey } from './plan'
import { DbError, duplicate, LIMITS, mustExist, newId, tally, updated } from './shared'
import type { Doc, Store, WriteOp } from './store'
import { createTransactions } from './transactions'

export { DbError, getDbStats, LIMITS, resetDbStats, type DbStats } from './shared'

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

export interface Backend {
  send(action: string, params?: Params): Promise<Reply>
}

export interface BackendOptions {
  nowMs?: () => number
  /** collections larger than this refuse queries no declared index serves (default LOCAL_DB_SCAN_LIMIT or 1000) */
  scanLimit?: number
  /**
   * each answer waits a random 0..latencyMs first, as a round trip to the cloud database does, so
   * that concurrent calls interleave inside their transactions (env DB_LATENCY_MS)
   */
  latencyMs?: number
}

const mingoOptions = { context: fullContext(), processingMode: ProcessingMode.CLONE_INPUT }
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.addCollection', 'database.commitTransaction'])
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
/** A query for at most this many documents reads a page people read again: its texts are cached (store.ts). */
const KEEP_PAGE = 50

export function scanLimitFromEnv(): number {
  const n = Number(process.env.LOCAL_DB_SCAN_LIMIT)
  return process.env.LOCAL_DB_SCAN_LIMIT && Number.isFinite(n) ? n : 1000
}

export function createBackend(store: Store, opts: BackendOptions = {}): Backend {
  const nowMs = opts.nowMs ?? Date.now
  const scanLimit = opts.scanLimit ?? scanLimitFromEnv()
  const latencyMs = opts.latencyMs ?? 0
  const txns = createTransactions(store)
  const committer = createCommitter(store)
  const decode = (text: string | undefined): Record<string, unknown> => (text ? parseRequest(text, nowMs) : {})
  const filters = createFilters(mingoOptions)
  // a projection makes new documents; its input, decoded for this request, needs no copy
  const projector = new Query({}, { ...mingoOptions, processingMode: ProcessingMode.CLONE_OFF })
  let requests = 0

  /**
   * The documents a query selects, sorted and paged. A query that pins `_id` to one value is a key
   * lookup; one a declared index serves reads only that index's matching entries, in sort order,
   * until the page is full; anything else reads the whole (small) collection.
   */
  function select(coll: string, query: Record<string, unknown>, page: { sort?: SortKey[]; skip?: number; limit?: number; text?: string } = {}): Doc[] {
    const { sort = [], skip = 0, limit = Infinity, text } = page
    if (typeof query._id === 'string') {
      const doc = store.get(coll, query._id)
      tally(coll, doc ? 1 : 0, 0)
      const only = Object.keys(query).length === 1
      return doc && skip === 0 && limit > 0 && (only || filters.test(query, text)(doc)) ? [doc] : []
    }
    const shape = shapeOf(query, sort)
    const plan = choosePlan(shape, store.indexes(coll))
    if (!plan) {
      const size = store.size(coll)
      if (size > scanLimit) {
        throw new DbError('DATABASE_REQUEST_FAILED', `[local db] unindexed query ${describeShape(coll, shape)} on ${size} documents (over ${scanLimit}): declare an index that serves it in cloudfunctions/_shared/collections.ts`)
      }
      const docs = [...store.docs(coll)]
      tally(coll, docs.length, 0)
      let cursor = filters.compiled(query, text).find(docs)
      if (sort.length) cursor = cursor.sort(Object.fromEntries(sort.map((s) => [s.field, s.dir])))
      return cursor.skip(skip).limit(limit).all() as Doc[]
    }
    const test = filters.test(query, text)
    const out: Doc[] = []
    let seen = 0
    let skipped = 0
    for (const doc of store.select(coll, plan, sort, skip + limit <= KEEP_PAGE)) {
      seen++
      if (!test(doc)) continue
      if (skipped < skip) skipped++
      else out.push(doc)
      if (out.length >= limit) break
    }
    tally(coll, seen, 0)
    return out
  }

  /** A count the index answers alone when the plan is the whole filter; otherwise the matches. */
  function count(coll: string, query: Record<string, unknown>, text?: string): number {
    // the whole collection's count is the collection's own metadata, in MongoDB as here: no scan
    if (Object.keys(query).length === 0) return store.size(coll)
    const shape = shapeOf(query)
    const plan = typeof query._id === 'string' ? null : choosePlan(shape, store.indexes(coll))
    if (plan && coversAll(shape, plan)) {
      const n = store.count(coll, plan)
      tally(coll, n, 0)
      return n
    }
    return select(coll, query, { text }).length
  }

  const sortOf = (order: string | undefined): SortKey[] =>
    Object.entries(order ? decode(order) : {}).map(([field, dir]) => ({ field, dir: Number(dir) === -1 ? -1 : 1 }))

  function answerList(coll: string, docs: object[]): Reply {
    return answerTexts(coll, docs.map(stringifyRelaxed))
  }

  function answerTexts(coll: string, list: string[]): Reply {
    // a UTF-16 length under a third of the cap cannot be over it in UTF-8 bytes: no count needed
    const length = list.reduce((n, s) => n + s.length, 0)
    const bytes = length * 3 <= LIMITS.resultBytes ? length : list.reduce((n, s) => n + Buffer.byteLength(s), 0)
    if (bytes > LIMITS.resultBytes) {
      throw new DbError('DATABASE_REQUEST_FAILED', `data exceed max size: query result is ${bytes} bytes, over the 1MB limit`)
    }
    tally(coll, 0, list.length)
    return { data: { list } }
  }

  function getDocument(p: Params, coll: string): Reply {
    if (p.transactionId) return answerList(coll, txns.get(p.transactionId, coll, decode(p.query)))
    mustExist(store, coll)
    const query = decode(p.query)
    const page = { sort: sortOf(p.order), skip: p.offset ?? 0, limit: Math.min(p.limit || LIMITS.defaultGet, LIMITS.maxGet), text: p.query }
    const projection = p.projection ? decode(p.projection) : {}
    const projected = Object.keys(projection).length > 0
    const texts = projected ? null : selectTexts(coll, query, page)
    if (texts) return answerTexts(coll, texts)
    const docs = select(coll, query, page)
    return answerList(coll, projected ? (projector.find(docs, projection).all() as object[]) : docs)
  }

  /**
   * The stored texts a query selects when the SQL alone is its whole filter (a key lookup, or an
   * index plan covering every condition, as for counts): answered without decoding a document.
   * null when the documents must be decoded and tested.
   */
  function selectTexts(coll: string, query: Record<string, unknown>, { sort, skip, limit }: { sort: SortKey[]; skip: number; limit: number }): string[] | null {
    if (typeof query._id === 'string') {
      if (Object.keys(query).length !== 1) return null
      const body = store.getBody(coll, query._id)
      tally(coll, body === undefined ? 0 : 1, 0)
      return body !== undefined && skip === 0 && limit > 0 ? [body] : []
    }
    const shape = shapeOf(query, sort)
    const plan = choosePlan(shape, store.indexes(coll))
    if (!plan || !coversAll(shape, plan)) return null
    const out: string[] = []
    let seen = 0
    for (const body of store.selectBodies(coll, plan, sort, skip + limit <= KEEP_PAGE)) {
      if (++seen > skip) out.push(body)
      if (out.length >= limit) break
    }
    tally(coll, seen, 0)
    return out
  }

  function insertDocument(p: Params, coll: string): Reply {
    const docs = (p.data as string[]).map((text) => {
      const doc = decode(text)
      return { ...doc, _id: doc._id ?? newId() } as Doc
    })
    if (p.transactionId) return { data: { insertedIds: txns.insert(p.transactionId, coll, docs) } }
    docs.forEach((doc, i) => {
      if (store.get(coll, doc._id) || docs.findIndex((d) => d._id === doc._id) < i) throw duplicate(coll, `_id: "${doc._id}"`)
    })
    write(coll, docs.map((doc) => ({ kind: 'put', coll, doc })))
    return { data: { insertedIds: docs.map((d) => d._id) } }
  }

  function modifyDocument(p: Params, coll: string): Reply {
    const query = decode(p.query)
    const change = decode(p.data as string)
    if (p.transactionId) return { data: txns.modify(p.transactionId, coll, String(query._id), change, !p.merge) }
    if (!p.merge) return { data: replaceDoc(coll, String(query._id), change) }
    mustExist(store, coll)
    const matched = select(coll, query, p.multi ? { text: p.query } : { limit: 1, text: p.query })
    const ops: WriteOp[] = []
    for (const doc of matched) {
      const next = updated(doc, change, true) // decoded for this write alone
      if (next) ops.push({ kind: 'put', coll, doc: next })
    }
    write(coll, ops)
    return { data: { updated: ops.length } }
  }

  function removeDocument(p: Params, coll: string): Reply {
    const query = decode(p.query)
    if (p.transactionId) return { data: { deleted: txns.remove(p.transactionId, coll, String(query._id)) } }
    mustExist(store, coll)
    const gone = select(coll, query, p.multi ? { text: p.query } : { limit: 1, text: p.query })
    write(coll, gone.map((d) => ({ kind: 'delete', coll, id: d._id })))
    return { data: { deleted: gone.length } }
  }

  /** A leading $match is a query like any other (indexed, or refused on a large collection). */
  function aggregateDocuments(p: Params, coll: string): Reply {
    mustExist(store, coll)
    const pipeline = (p.stages ?? []).map((s) => ({ [s.stageKey]: decode(`{"v":${s.stageValue}}`).v })) as Record<string, unknown>[]
    if (!pipeline.some((stage) => '$limit' in stage)) pipeline.push({ $limit: LIMITS.defaultAggregate })
    const first = pipeline[0] && '$match' in pipeline[0] ? (pipeline.shift()!.$match as Record<string, unknown>) : {}
    const collectionResolver = (name: string) => select(name, {})
    const agg = new Aggregator(pipeline, { ...mingoOptions, collectionResolver })
    return answerList(coll, agg.run(select(coll, first)) as object[])
  }

  /** `doc(id).set()`: replace or create; `updated` counts real changes, as the service's does. */
  function replaceDoc(coll: string, id: string, data: Record<string, unknown>) {
    const old = store.get(coll, id)
    const doc = { ...data, _id: id } as Doc
    const same = old && EJSON.stringify(old) === EJSON.stringify(doc)
    if (!same) write(coll, [{ kind: 'put', coll, doc }])
    return old ? { updated: same ? 0 : 1 } : { updated: 0, upsert_id: id }
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
      mustExist(store, coll)
      return { data: { total: count(coll, decode(p.query), p.query) } }
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
      const requestId = `local-${++requests}`
      const run = actions[action]
      const writes = WRITES.has(action) && (action === 'database.commitTransaction' || !params.transactionId)
      // A transaction's own reads and buffered writes answer without a turn of the event loop (they
      // touch nothing shared until the commit), which keeps its conflict window that of one turn.
      // A write waits for the committer's next turn, which is its yield.
      if (!writes && !params.transactionId) await yieldTurn()
      try {
        if (!run) throw new DbError('INVALID_PARAM', `action ${action} is not supported by the local database`)
        const job = () => run(params, params.collectionName ?? '')
        return { ...(writes ? await committer.run(job) : job()), requestId }
      } catch (e) {
        if (e instanceof DbError) return { code: e.code, message: e.message, requestId }
        const code = (e as { code?: string }).code
        if (code === 'SQLITE_CONSTRAINT_UNIQUE') return { code: 'DATABASE_REQUEST_FAILED', message: `E11000 duplicate key error: ${(e as Error).message}`, requestId }
        return { code: 'DATABASE_REQUEST_FAILED', message: e instanceof Error ? e.message : String(e), requestId }
      }
    },
  }
}
