// The durable half of the local database: one SQLite file (WAL, synchronous=FULL) holding every
// document as relaxed EJSON, plus an in-memory copy of each collection that a query has scanned.
// SQLite is the truth: every write goes to SQLite first (committed and fsynced before `write`
// returns) and only then to the copies, so a SIGKILL can lose nothing that was acknowledged.
// A collection is read into memory at its first full scan, not at open or at its first write:
// key lookups (`doc(id)`) on a collection nobody scans are answered by SQLite's primary key, so a
// store holding a million requests opens at once, and a function that only reads by _id (the
// statistics over rollups) runs in the same few megabytes as on an empty one.
import Database from 'better-sqlite3'
import { EJSON } from 'bson' // the codec @cloudbase/database itself uses (same hoisted copy)
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

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
  /** The documents in insertion order, read into memory on first use. Treat them as read-only. */
  docs(coll: string): Iterable<Doc>
  size(coll: string): number
  /** Whether the collection's documents are held in memory (after its first full scan). */
  loaded(coll: string): boolean
  get(coll: string, id: string): Doc | undefined
  /** Applies the ops in one SQLite transaction, creating collections as needed. */
  write(ops: WriteOp[]): void
  /** Empties every collection, keeping the collections themselves. */
  clear(): void
  close(): void
}

const encode = (doc: Doc) => EJSON.stringify(doc, { relaxed: true })
const decode = (body: string) => EJSON.parse(body, { relaxed: true }) as Doc

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, 'db.sqlite')
  const sql = new Database(file)
  sql.pragma('journal_mode = WAL')
  sql.pragma('synchronous = FULL')
  sql.exec(`CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
    CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (coll, id));`)
  const q = {
    create: sql.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)'),
    put: sql.prepare(`INSERT INTO docs (coll, id, body) VALUES (?, ?, ?)
      ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body`),
    del: sql.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
  }

  // rowid order keeps insertion order across restarts (an upsert keeps its row), like the
  // natural order of the real service.
  const readAll = sql.prepare('SELECT id, body FROM docs WHERE coll = ? ORDER BY rowid')
  const readOne = sql.prepare('SELECT body FROM docs WHERE coll = ? AND id = ?')
  const countAll = sql.prepare('SELECT count(*) AS n FROM docs WHERE coll = ?')
  const names = new Set((sql.prepare('SELECT name FROM collections').all() as { name: string }[]).map((r) => r.name))
  /** In-memory copies of the collections read so far. */
  const cache = new Map<string, Map<string, Doc>>()

  const applyAll = sql.transaction((ops: WriteOp[]) => {
    for (const op of ops) {
      q.create.run(op.coll)
      if (op.kind === 'put') q.put.run(op.coll, op.doc._id, encode(op.doc))
      else q.del.run(op.coll, op.id)
    }
  })

  const load = (coll: string) => {
    let docs = cache.get(coll)
    if (docs) return docs
    docs = new Map()
    for (const { id, body } of readAll.iterate(coll) as Iterable<{ id: string; body: string }>) docs.set(id, decode(body))
    cache.set(coll, docs)
    return docs
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
    docs: (coll) => (names.has(coll) ? load(coll).values() : []),
    size: (coll) => cache.get(coll)?.size ?? (countAll.get(coll) as { n: number }).n,
    loaded: (coll) => cache.has(coll),
    get(coll, id) {
      const docs = cache.get(coll)
      if (docs) return docs.get(id)
      const row = readOne.get(coll, id) as { body: string } | undefined
      return row && decode(row.body)
    },
    write(ops) {
      if (ops.length === 0) return
      applyAll(ops)
      for (const op of ops) {
        names.add(op.coll)
        const docs = cache.get(op.coll)
        if (!docs) continue
        if (op.kind === 'put') docs.set(op.doc._id, op.doc)
        else docs.delete(op.id)
      }
    },
    clear() {
      sql.exec('DELETE FROM docs')
      for (const coll of names) cache.set(coll, new Map())
    },
    close() {
      if (sql.open) sql.close()
      cache.clear()
    },
  }
}
