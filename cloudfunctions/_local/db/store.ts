// The durable half of the local database: one SQLite file (WAL, synchronous=FULL) holding every
// document as relaxed EJSON, plus a per-collection in-memory copy for queries. SQLite is the truth
// on open; after that every write goes to SQLite first (committed and fsynced before `write`
// returns) and only then to the cache, so a SIGKILL can lose nothing that was acknowledged.
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
  /** The cached documents in insertion order. Treat them as read-only. */
  docs(coll: string): Iterable<Doc>
  size(coll: string): number
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
  const cache = new Map<string, Map<string, Doc>>()
  for (const { name } of sql.prepare('SELECT name FROM collections').all() as { name: string }[]) {
    cache.set(name, new Map())
  }
  const rows = sql.prepare('SELECT coll, id, body FROM docs ORDER BY rowid').all()
  for (const { coll, id, body } of rows as { coll: string; id: string; body: string }[]) {
    cache.get(coll)?.set(id, decode(body))
  }

  const applyAll = sql.transaction((ops: WriteOp[]) => {
    for (const op of ops) {
      q.create.run(op.coll)
      if (op.kind === 'put') q.put.run(op.coll, op.doc._id, encode(op.doc))
      else q.del.run(op.coll, op.id)
    }
  })

  const collection = (coll: string) => {
    let docs = cache.get(coll)
    if (!docs) cache.set(coll, (docs = new Map()))
    return docs
  }

  return {
    file,
    collections: () => [...cache.keys()],
    has: (coll) => cache.has(coll),
    create(coll) {
      if (cache.has(coll)) return false
      q.create.run(coll)
      collection(coll)
      return true
    },
    docs: (coll) => cache.get(coll)?.values() ?? [],
    size: (coll) => cache.get(coll)?.size ?? 0,
    get: (coll, id) => cache.get(coll)?.get(id),
    write(ops) {
      if (ops.length === 0) return
      applyAll(ops)
      for (const op of ops) {
        if (op.kind === 'put') collection(op.coll).set(op.doc._id, op.doc)
        else collection(op.coll).delete(op.id)
      }
    },
    clear() {
      sql.exec('DELETE FROM docs')
      for (const docs of cache.values()) docs.clear()
    },
    close() {
      if (sql.open) sql.close()
      cache.clear()
    },
  }
}
