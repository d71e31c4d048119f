// The durable half of the local database: one SQLite file (WAL, see wal-sync.ts) holding every
// document as relaxed EJSON. The declared indexes (cloudfunctions/_shared/collections.ts) live on a
// key table per collection (`keys_<coll>`): one row per document, linked by the document's rowid,
// with a column for each field an index names, and the indexes as SQLite indexes over those
// columns. A write updates only the key columns whose values changed, so SQLite rewrites only the
// index entries that moved (expression indexes over the JSON body were all rewritten by every
// write of the body: 19 entries per write of a request). SQLite holds everything, so a million
// requests cost disk, not heap; a query reads the index entries it needs and decodes only those
// documents. Only the texts of recently scanned documents are also kept, within a bound
// (text-cache.ts), because every caller of a box reads the same newest page again. Every write is
// committed (and fsynced) before it is acknowledged; `batch` lets many writes share one commit and
// `durable` one fsync (group commit, see commit.ts).
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fieldOf, type IndexSpec } from '../../_shared/collections'
import { decodeStored, stringifyRelaxed } from './ejson'
import { createTextCache } from './text-cache'
import { createWalSync } from './wal-sync'
import type { Plan, Scalar, SortKey } from './plan'

export type Doc = Record<string, unknown> & { _id: string }

export type WriteOp =
  | { kind: 'put'; coll: string; doc: Doc }
  | { kind: 'delete'; coll: string; id: string }

export interface Store {
  readonly file: string
  collections(): string[]
  has(coll: string): boolean
  /** Creates the collection; false when it already existed. */
  create(coll: string): boolean
  /** Every document in insertion order, read from disk as iterated. */
  docs(coll: string): Iterable<Doc>
  /**
   * The documents an index plan selects, in `sort` order (insertion order without one). `keep`:
   * a page people read again (a small limit), whose texts the cache keeps; a long scan (an export,
   * a sweep) passes through without pushing them out.
   */
  select(coll: string, plan: Plan, sort: SortKey[], keep?: boolean): Iterable<Doc>
  /** `select`, as the stored texts (decoded only where a merge of `$in` scans compares them). */
  selectBodies(coll: string, plan: Plan, sort: SortKey[], keep?: boolean): Iterable<string>
  /** How many documents an index plan selects, counted in the index without reading them. */
  count(coll: string, plan: Plan): number
  indexes(coll: string): IndexSpec[]
  size(coll: string): number
  get(coll: string, id: string): Doc | undefined
  /** The stored text of a document. */
  getBody(coll: string, id: string): string | undefined
  /** Whether the document exists, without reading it. */
  exists(coll: string, id: string): boolean
  /**
   * Applies the ops, creating collections as needed: alone, in one transaction (fsynced before it
   * returns); inside `batch`, as part of it (the committer gives each write a savepoint of its own).
   */
  write(ops: WriteOp[]): void
  /** Runs fn inside one transaction: every write in it is committed when fn returns, durable after `durable()`. */
  batch<T>(fn: () => T): T
  /** Resolves once every commit made so far is on disk (one fsync shared by concurrent callers). */
  durable(): Promise<void>
  /** Empties every collection, keeping the collections themselves. */
  clear(): void
  /** Characters of stored text held in memory for index scans (text-cache.ts). */
  cachedChars(): number
  close(): void
}

/** Characters of stored text the cache keeps: ~16 MB at most (two bytes a character), ~5,000 requests. */
const TEXT_CACHE_CHARS = 8_000_000
/** A scan keeps the texts of its first entries only (a page and a little more). */
const KEPT_ENTRIES = 64

const encode = (doc: Doc) => stringifyRelaxed(doc)
const decode = (body: string) => decodeStored<Doc>(body)
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`
const SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const expr = (field: string) => (field === '_id' ? 'id' : `json_extract(body, ${lit('$.' + field)})`)
/** A field's column in a key table (`_id` is the table's `id`). */
const col = (field: string) => (field === '_id' ? 'id' : `"k:${field}"`)
const keyTable = (coll: string) => `keys_${coll}`
// SQLite binds no booleans; JSON true/false come out of json_extract as 1/0
const bind = (v: Scalar) => (typeof v === 'boolean' ? Number(v) : v)

const indexNames = new WeakMap<IndexSpec, string>()

export function indexName(coll: string, spec: IndexSpec): string {
  const known = indexNames.get(spec)
  if (known?.startsWith(`ix_${coll}_`)) return known
  const hash = createHash('sha1').update(`v3 ${JSON.stringify(spec)}`).digest('hex').slice(0, 8)
  const name = `ix_${coll}_${spec.fields.map(fieldOf).join('_').replace(/\W/g, '_')}_${hash}`
  indexNames.set(spec, name)
  return name
}

/** A partial index's filter as SQL terms on its key columns, each column named through `table` (e.g. `k.`). */
function partialTerms(spec: IndexSpec, table = ''): string[] {
  return Object.entries(spec.partial ?? {}).map(([f, c]) =>
    '$gt' in c ? `${table}${col(f)} > ${typeof c.$gt === 'number' ? c.$gt : lit(c.$gt)}` : `${table}${col(f)} IS NOT NULL`,
  )
}

export function openStore(dataDir: string, options: { indexes?: Record<string, IndexSpec[]>; textCacheChars?: number } = {}): Store {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, 'db.sqlite')
  const sql = new Database(file)
  sql.pragma('journal_mode = WAL')
  sql.pragma('synchronous = NORMAL') // commits are fsynced by `wal` (wal-sync.ts), off the event loop
  sql.pragma('temp_store = MEMORY') // each write's savepoint journals the pages it changes: in memory, not a temp file
  const wal = createWalSync(`${file}-wal`)
  sql.exec(`CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (coll, id));`)
  const declared = options.indexes ?? {}
  const keys = buildKeyTables(sql, declared)
  buildIndexes(sql, declared)
  const q = {
    create: sql.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)'),
    replace: sql.prepare('UPDATE docs SET body = ? WHERE coll = ? AND id = ?'),
    replaceAt: sql.prepare('UPDATE docs SET body = ? WHERE rowid = ?'),
    rowidOf: sql.prepare('SELECT rowid FROM docs WHERE coll = ? AND id = ?').pluck(),
    insert: sql.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?)'),
    del: sql.prepare('DELETE FROM docs WHERE coll = ? AND id = ? RETURNING rowid').pluck(),
    exists: sql.prepare('SELECT 1 FROM docs WHERE coll = ? AND id = ?').pluck(),
  }
  // rowid order keeps insertion order across restarts (an upsert keeps its row), like the
  // natural order of the real service.
  const readAll = sql.prepare('SELECT body FROM docs WHERE coll = ? ORDER BY rowid').pluck()
  const readOne = sql.prepare('SELECT body FROM docs WHERE coll = ? AND id = ?').pluck()
  const readAt = sql.prepare('SELECT body FROM docs WHERE rowid = ?').pluck()
  // Index scans take the texts they read again from memory (text-cache.ts). Every write of this
  // connection drops what it changes; `PRAGMA data_version` moves when another connection commits
  // (a second runtime or script on the same directory), and then the whole cache goes.
  const texts = createTextCache(options.textCacheChars ?? TEXT_CACHE_CHARS)
  const dataVersion = sql.prepare('PRAGMA data_version').pluck()
  let version = dataVersion.get()
  const cacheCurrent = () => {
    const v = dataVersion.get()
    if (v !== version) {
      version = v
      texts.clear()
    }
  }
  /**
   * A text as SQLite has it now; kept for a scan of a page people read again (`keep`), unless a
   * transaction is open (its writes may yet roll back).
   */
  const readFresh = (coll: string, id: string, rowid: number, keep: boolean) => {
    const body = readAt.get(rowid) as string | undefined
    if (body !== undefined && keep && !sql.inTransaction) texts.set(coll, id, body)
    return body
  }
  const names = new Set((sql.prepare('SELECT name FROM collections').all() as { name: string }[]).map((r) => r.name))
  // document counts per collection, for the unindexed-query threshold without a count(*) per query
  let counts = new Map<string, number>()
  const recount = () => {
    counts = new Map((sql.prepare('SELECT coll, count(*) AS n FROM docs GROUP BY coll').all() as { coll: string; n: number }[]).map((r) => [r.coll, r.n]))
  }
  recount()
  const statements = new Map<string, Database.Statement>()
  const prepared = (text: string, raw = false) => {
    const key = raw ? `raw ${text}` : text
    let s = statements.get(key)
    if (!s) statements.set(key, (s = raw ? sql.prepare(text).raw() : sql.prepare(text).pluck()))
    return s
  }
  const keyWriters = new Map<string, KeyWriter>()
  const writerOf = (coll: string) => {
    let w = keyWriters.get(coll)
    if (!w && keys.has(coll)) keyWriters.set(coll, (w = keyWriter(sql, coll, keys.get(coll)!)))
    return w
  }

  const applyOps = (ops: WriteOp[]) => {
    const delta = new Map<string, number>()
    const bump = (coll: string, n: number) => delta.set(coll, (delta.get(coll) ?? 0) + n)
    for (const op of ops) {
      if (!names.has(op.coll)) q.create.run(op.coll)
      const w = writerOf(op.coll)
      const id: unknown = op.kind === 'put' ? op.doc._id : op.id
      // a number as `_id` is stored as the text SQLite makes of it (5 as '5.0'): rare enough that
      // the whole cache goes rather than matching SQLite's conversion
      if (typeof id === 'string') texts.delete(op.coll, id)
      else texts.clear()
      if (op.kind === 'put') {
        const body = encode(op.doc)
        if (w) {
          // an indexed collection: the body by its rowid, then only the key columns that changed
          const rowid = q.rowidOf.get(op.coll, op.doc._id) as number | bigint | undefined
          if (rowid === undefined) {
            w.insert(q.insert.run(op.coll, op.doc._id, body).lastInsertRowid, op.doc)
            bump(op.coll, 1)
          } else {
            q.replaceAt.run(body, rowid)
            w.update(rowid, op.doc)
          }
        } else if (q.replace.run(body, op.coll, op.doc._id).changes === 0) {
          // most puts replace a document: one statement, and an insert only when there was none
          q.insert.run(op.coll, op.doc._id, body)
          bump(op.coll, 1)
        }
      } else {
        const rowid = q.del.get(op.coll, op.id) as number | bigint | undefined
        if (rowid !== undefined) {
          w?.remove(rowid)
          bump(op.coll, -1)
        }
      }
    }
    return delta
  }
  const applyAll = sql.transaction(applyOps)
  const batch = sql.transaction(<T>(fn: () => T): T => fn())

  function* scan(coll: string, plan: Plan, sort: SortKey[], fresh: boolean, keep: boolean): Generator<string> {
    const { where, args, from, keyed } = planSql(coll, plan)
    const order = sort.length ? sort.map((s) => `${keyed ? `k.${col(s.field)}` : expr(s.field)} ${s.dir === -1 ? 'DESC' : 'ASC'}`).join(', ') : keyed ? 'k.rid' : 'rowid'
    if (!keyed) {
      const text = `SELECT body FROM ${from} WHERE ${where} ORDER BY ${order}`
      yield* (fresh ? sql.prepare(text).pluck() : prepared(text)).iterate(...args) as Iterable<string>
      return
    }
    // the key table drives the scan; each entry's text comes from the cache or by its rowid
    const text = `SELECT k.rid, k.id FROM ${from} WHERE ${where} ORDER BY ${order}`
    // merged scans of one shape run side by side: each needs its own statement
    const entries = (fresh ? sql.prepare(text).raw() : prepared(text, true)).iterate(...args) as Iterable<[number, string]>
    let read = 0
    for (const [rowid, id] of entries) {
      // only a page's texts are kept, not those of the entries a filter reads past
      const fill = keep && read < KEPT_ENTRIES
      // the first entry is read from SQLite: a lookup of one document pays no check of the cache
      const body = read++ === 0 ? readFresh(coll, id, rowid, fill) : (texts.get(coll, id) ?? readFresh(coll, id, rowid, fill))
      if (read === 1) cacheCurrent()
      // an entry whose document is gone (a key table out of step) is no answer, as the join was not
      if (body !== undefined) yield body
    }
  }

  function* select(coll: string, plan: Plan, sort: SortKey[], keep: boolean, fresh = false): Generator<Doc> {
    // `$in` before the sort field: one index scan per value, merged (MongoDB's SORT_MERGE), so the
    // first page never waits for every match to be sorted
    const split = mergeSplit(plan, sort)
    if (split >= 0) {
      const parts = plan.eq[split].values.map((v) => select(coll, { ...plan, eq: plan.eq.map((e, i) => (i === split ? { field: e.field, values: [v] } : e)) }, sort, keep, true))
      yield* mergeSorted(parts, sort)
    } else for (const body of scan(coll, plan, sort, fresh, keep)) yield decode(body)
  }

  return {
    file,
    collections: () => [...names],
    has: (coll) => names.has(coll),
    create(coll) {
      if (names.has(coll)) return false
      q.create.run(coll)
      names.add(coll)
      return true
    },
    *docs(coll) {
      if (!names.has(coll)) return
      for (const body of readAll.iterate(coll) as Iterable<string>) yield decode(body)
    },
    select(coll, plan, sort, keep = false) {
      return select(coll, plan, sort, keep)
    },
    *selectBodies(coll, plan, sort, keep = false) {
      if (mergeSplit(plan, sort) >= 0) for (const doc of select(coll, plan, sort, keep)) yield encode(doc)
      else yield* scan(coll, plan, sort, false, keep)
    },
    count(coll, plan) {
      const { where, args, from } = planSql(coll, plan)
      return prepared(`SELECT count(*) FROM ${from} WHERE ${where}`).get(...args) as number
    },
    indexes: (coll) => declared[coll] ?? [],
    size: (coll) => counts.get(coll) ?? 0,
    get(coll, id) {
      const body = readOne.get(coll, id) as string | undefined
      return body === undefined ? undefined : decode(body)
    },
    getBody: (coll, id) => readOne.get(coll, id) as string | undefined,
    exists: (coll, id) => q.exists.get(coll, id) !== undefined,
    write(ops) {
      if (ops.length === 0) return
      const alone = !sql.inTransaction
      // inside a batch the write is one job, in the committer's savepoint for it: no savepoint of its own
      const delta = alone ? applyAll(ops) : applyOps(ops)
      if (alone) wal.now() // a write outside a batch is on disk when it returns
      for (const op of ops) names.add(op.coll)
      for (const [coll, n] of delta) counts.set(coll, (counts.get(coll) ?? 0) + n)
    },
    batch(fn) {
      try {
        return batch(fn) as ReturnType<typeof fn>
      } catch (e) {
        if (!sql.inTransaction) recount() // the whole batch rolled back, not just a savepoint
        throw e
      }
    },
    durable: () => wal.later(),
    clear() {
      texts.clear()
      sql.exec('DELETE FROM docs')
      for (const coll of keys.keys()) sql.exec(`DELETE FROM ${keyTable(coll)}`)
      counts.clear()
      wal.now()
    },
    cachedChars: () => texts.size,
    close() {
      wal.close()
      if (sql.open) sql.close()
    },
  }
}

/** Which `$in` of the plan is scanned value by value and merged to serve the sort (-1: none). */
const mergeSplit = (plan: Plan, sort: SortKey[]) => (sort.length > 0 ? plan.eq.findIndex((e) => e.values.length > 1) : -1)

const valueAt = (doc: Doc, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)
const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3)
function compare(a: Doc, b: Doc, sort: SortKey[]): number {
  for (const { field, dir } of sort) {
    const x = valueAt(a, field)
    const y = valueAt(b, field)
    const c = rank(x) - rank(y) || (rank(x) === 0 ? 0 : (x as string) < (y as string) ? -1 : (x as string) > (y as string) ? 1 : 0)
    if (c !== 0) return c * dir
  }
  return 0
}

/** Merges streams each already in `sort` order, reading each only as far as the merge needs. */
function* mergeSorted(parts: Iterable<Doc>[], sort: SortKey[]): Generator<Doc> {
  const its = parts.map((p) => p[Symbol.iterator]())
  const heads = its.map((it) => it.next())
  try {
    for (;;) {
      let best = -1
      heads.forEach((h, i) => {
        if (!h.done && (best < 0 || compare(h.value, heads[best].value as Doc, sort) < 0)) best = i
      })
      if (best < 0) return
      yield heads[best].value as Doc
      heads[best] = its[best].next()
    }
  } finally {
    for (const it of its) it.return?.()
  }
}

/**
 * The WHERE clause that selects a plan's entries, and what it reads: a declared index's key table
 * (`k`, the index named), or the documents themselves for the primary key.
 */
function planSql(coll: string, plan: Plan): { where: string; args: (string | number | null)[]; from: string; keyed: boolean } {
  const keyed = plan.index !== null
  const term = (field: string) => (keyed ? `k.${col(field)}` : expr(field))
  const where = keyed ? [] : [`coll = ${lit(coll)}`]
  const args: (string | number | null)[] = []
  for (const { field, values } of plan.eq) {
    const nonNull = values.filter((v) => v !== null)
    const terms = nonNull.length === 1 ? [`${term(field)} = ?`] : nonNull.length ? [`${term(field)} IN (${nonNull.map(() => '?').join(', ')})`] : []
    if (values.includes(null)) terms.push(`${term(field)} IS NULL`)
    where.push(terms.length > 1 ? `(${terms.join(' OR ')})` : terms[0])
    args.push(...nonNull.map(bind))
  }
  const ops = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }
  for (const b of plan.range?.bounds ?? []) {
    where.push(`${term(plan.range!.field)} ${ops[b.op]} ?`)
    args.push(b.value)
  }
  if (!plan.index) return { where: where.join(' AND '), args, from: 'docs', keyed }
  // a partial index is used only when the query repeats its filter
  where.push(...partialTerms(plan.index, 'k.'))
  return {
    where: where.length ? where.join(' AND ') : '1',
    args,
    from: `${keyTable(coll)} k INDEXED BY ${indexName(coll, plan.index)}`,
    keyed,
  }
}

/** The fields a collection's key table holds: every field its indexes name or filter on, but `_id`. */
function keyFields(specs: IndexSpec[]): string[] {
  const fields = new Set<string>()
  for (const spec of specs) for (const f of [...spec.fields.map(fieldOf), ...Object.keys(spec.partial ?? {})]) if (f !== '_id') fields.add(f)
  return [...fields].sort()
}

/** A key column's value for a document: what SQLite's json_extract gives for it in the stored text. */
function keyValue(doc: Doc, field: string): string | number | null {
  const v = valueAt(doc, field)
  switch (typeof v) {
    case 'string':
      return v
    case 'number':
      // NaN and ±Infinity are stored as EJSON wrappers ({"$numberDouble": …}), which json_extract gives as text
      return Number.isFinite(v) ? v : stringifyRelaxed([v]).slice(1, -1)
    case 'boolean':
      return v ? 1 : 0
    case 'object':
      return v === null ? null : stringifyRelaxed(v)
    default:
      return null
  }
}

interface KeyWriter {
  insert(rowid: number | bigint, doc: Doc): void
  update(rowid: number | bigint, doc: Doc): void
  remove(rowid: number | bigint): void
}

/** Keeps a collection's key table in step with its documents, writing only the columns that changed. */
function keyWriter(sql: Database.Database, coll: string, fields: string[]): KeyWriter {
  const table = keyTable(coll)
  const insert = sql.prepare(`INSERT INTO ${table} (rid, id${fields.map((f) => `, ${col(f)}`).join('')}) VALUES (?, ?${fields.map(() => ', ?').join('')})`)
  const read = sql.prepare(`SELECT ${fields.map(col).join(', ')} FROM ${table} WHERE rid = ?`).raw()
  const remove = sql.prepare(`DELETE FROM ${table} WHERE rid = ?`)
  // one statement per set of changed columns (a handful per collection in practice)
  const updates = new Map<string, Database.Statement>()
  const values = (doc: Doc) => fields.map((f) => keyValue(doc, f))
  return {
    insert: (rowid, doc) => void insert.run(rowid, doc._id, ...values(doc)),
    update(rowid, doc) {
      const now = values(doc)
      const before = read.get(rowid) as unknown[] | undefined
      if (!before) return void insert.run(rowid, doc._id, ...now)
      const changed: number[] = []
      for (let i = 0; i < now.length; i++) if (before[i] !== now[i]) changed.push(i)
      if (changed.length === 0) return
      const key = changed.join(',')
      let statement = updates.get(key)
      if (!statement) updates.set(key, (statement = sql.prepare(`UPDATE ${table} SET ${changed.map((i) => `${col(fields[i])} = ?`).join(', ')} WHERE rid = ?`)))
      statement.run(...changed.map((i) => now[i]), rowid)
    },
    remove: (rowid) => void remove.run(rowid),
  }
}

/**
 * Creates each indexed collection's key table, filled from the stored documents when it is new or
 * its fields changed (a data directory from before key tables is migrated so on first open).
 * Returns the key fields of every key table in the file: one a store opened without some
 * declaration still keeps in step with its writes, so that no reader of the file finds it stale.
 */
function buildKeyTables(sql: Database.Database, declared: Record<string, IndexSpec[]>): Map<string, string[]> {
  sql.exec('CREATE TABLE IF NOT EXISTS key_tables (coll TEXT PRIMARY KEY, fields TEXT NOT NULL)')
  const stored = new Map((sql.prepare('SELECT coll, fields FROM key_tables').all() as { coll: string; fields: string }[]).map((r) => [r.coll, r.fields]))
  const out = new Map([...stored].map(([coll, fields]) => [coll, JSON.parse(fields) as string[]]))
  sql.transaction(() => {
    for (const [coll, specs] of Object.entries(declared)) {
      if (specs.length === 0) continue
      if (!SAFE_NAME.test(coll)) throw new Error(`bad collection name ${coll}`)
      const fields = keyFields(specs)
      for (const f of fields) if (!SAFE_FIELD.test(f)) throw new Error(`index on ${coll}: bad field name ${f}`)
      out.set(coll, fields)
      if (stored.get(coll) === JSON.stringify(fields)) continue
      const table = keyTable(coll)
      sql.exec(`DROP TABLE IF EXISTS ${table}`)
      sql.exec(`CREATE TABLE ${table} (rid INTEGER PRIMARY KEY, id TEXT NOT NULL${fields.map((f) => `, ${col(f)}`).join('')})`)
      const t = Date.now()
      const { changes } = sql.prepare(`INSERT INTO ${table} SELECT rowid, id${fields.map((f) => `, ${expr(f)}`).join('')} FROM docs WHERE coll = ?`).run(coll)
      if (changes > 10_000) console.log(`[local db] built the key table of ${coll} from ${changes} documents in ${Date.now() - t} ms (once)`)
      sql.prepare('INSERT OR REPLACE INTO key_tables (coll, fields) VALUES (?, ?)').run(coll, JSON.stringify(fields))
    }
  })()
  return out
}

/** Creates the declared indexes that are missing and drops the ones no longer declared. */
function buildIndexes(sql: Database.Database, declared: Record<string, IndexSpec[]>) {
  const wanted = new Map<string, string>()
  for (const [coll, specs] of Object.entries(declared)) {
    for (const spec of specs) {
      // ascending columns and `id` last (not in a unique one): a SQLite index scans both ways, so
      // `createdAt desc, _id desc` is one backward scan with no sort of equal createdAt values
      const cols = [...spec.fields.map((f) => col(fieldOf(f))), ...(spec.unique ? [] : ['id'])].join(', ')
      const name = indexName(coll, spec)
      wanted.set(name, `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${keyTable(coll)} (${cols})${spec.partial ? ` WHERE ${partialTerms(spec).join(' AND ')}` : ''}`)
    }
  }
  const existing = sql.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%' ESCAPE '\\'`).pluck().all() as string[]
  for (const name of existing) if (!wanted.has(name)) sql.exec(`DROP INDEX ${name}`)
  for (const statement of wanted.values()) sql.exec(statement)
}
