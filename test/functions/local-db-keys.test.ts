// The local database's key tables (issue 12): the declared indexes live on one table of key columns
// per collection, kept in step with every write, built from the documents when a data directory
// from before them (or a changed declaration) is opened, and kept in step even by a store opened
// without the declarations.
import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import type { IndexSpec } from '../../cloudfunctions/_shared/collections'
import { choosePlan, shapeOf } from '../../cloudfunctions/_local/db/plan'
import { openStore, type Doc, type Store } from '../../cloudfunctions/_local/db/store'

const INDEXES: Record<string, IndexSpec[]> = {
  tasks: [
    { fields: ['owner', '-at'] },
    { fields: ['status', 'due'] },
    { fields: ['pending.at'] },
    { fields: ['code'], unique: true, partial: { code: { $gt: '' } } },
  ],
}
const dir = () => mkdtempSync(join(tmpdir(), 'qbhy-keys-'))

/** The ids a query returns, through the plan the backend would choose. */
function ids(store: Store, query: Record<string, unknown>, sort: { field: string; dir: 1 | -1 }[] = []): string[] {
  const plan = choosePlan(shapeOf(query, sort), store.indexes('tasks'))
  if (!plan) throw new Error('no index serves the query')
  return [...store.select('tasks', plan, sort)].map((d) => d._id)
}
const countOf = (store: Store, query: Record<string, unknown>) => store.count('tasks', choosePlan(shapeOf(query), store.indexes('tasks'))!)

const task = (i: number, extra: Partial<Doc> = {}): Doc => ({
  _id: `t${i}`,
  owner: i % 2 ? 'ann' : 'bob',
  at: `2026-12-0${(i % 9) + 1}`,
  status: 'open',
  due: 10 + i,
  code: '',
  body: 'x'.repeat(20),
  ...extra,
})

test('a write moves a document between index answers; a delete takes it out of them and their counts', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write([1, 2, 3, 4, 5].map((i) => ({ kind: 'put', coll: 'tasks', doc: task(i) })))
  expect(ids(store, { status: 'open' }, [{ field: 'due', dir: 1 }])).toEqual(['t1', 't2', 't3', 't4', 't5'])

  // an indexed field changes (status) and one that no index names (body): only the first moves it
  store.write([{ kind: 'put', coll: 'tasks', doc: task(3, { status: 'done', body: 'changed' }) }])
  store.write([{ kind: 'put', coll: 'tasks', doc: task(4, { body: 'changed too' }) }])
  expect(ids(store, { status: 'open' }, [{ field: 'due', dir: 1 }])).toEqual(['t1', 't2', 't4', 't5'])
  expect(ids(store, { status: 'done' }, [{ field: 'due', dir: 1 }])).toEqual(['t3'])
  expect(store.get('tasks', 't4')?.body).toBe('changed too')

  // an owner changes: the newest-first box of each owner follows
  store.write([{ kind: 'put', coll: 'tasks', doc: task(5, { owner: 'bob' }) }])
  expect(ids(store, { owner: 'bob' }, [{ field: 'at', dir: -1 }])).toEqual(['t5', 't4', 't2'])
  expect(countOf(store, { owner: 'ann' })).toBe(2)

  store.write([{ kind: 'delete', coll: 'tasks', id: 't2' }])
  expect(ids(store, { owner: 'bob' }, [{ field: 'at', dir: -1 }])).toEqual(['t5', 't4'])
  expect(countOf(store, { status: 'open' })).toBe(3)
  store.close()
})

test('nested fields, a field set then removed, and a partial unique index', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write([
    { kind: 'put', coll: 'tasks', doc: task(1, { pending: { at: 5 } }) },
    { kind: 'put', coll: 'tasks', doc: task(2, { pending: { at: 3 } }) },
    { kind: 'put', coll: 'tasks', doc: task(3, { code: 'A-1' }) },
  ])
  expect(ids(store, { 'pending.at': { $lte: 10 } }, [{ field: 'pending.at', dir: 1 }])).toEqual(['t2', 't1'])
  // the pending mark cleared (as a call clears its noticesPending): the document leaves that index
  store.write([{ kind: 'put', coll: 'tasks', doc: task(2) }])
  expect(ids(store, { 'pending.at': { $lte: 10 } }, [{ field: 'pending.at', dir: 1 }])).toEqual(['t1'])

  // many documents share the empty code; a second 'A-1' is refused and changes nothing
  expect(() => store.write([{ kind: 'put', coll: 'tasks', doc: task(4, { code: 'A-1' }) }])).toThrow(/UNIQUE/)
  expect(store.get('tasks', 't4')).toBeUndefined()
  expect(() => store.write([{ kind: 'put', coll: 'tasks', doc: task(1, { code: 'A-1', pending: { at: 5 } }) }])).toThrow(/UNIQUE/)
  expect(store.get('tasks', 't1')?.code).toBe('')
  expect(ids(store, { code: 'A-1' })).toEqual(['t3'])
  store.close()
})

test('a data directory from before key tables is migrated on open: the same answers, the old expression indexes gone', () => {
  const d = dir()
  // the layout before key tables: the documents, and an expression index on their JSON
  const old = new Database(join(d, 'db.sqlite'))
  old.exec(`CREATE TABLE collections (name TEXT PRIMARY KEY); CREATE TABLE docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, id));
    INSERT INTO collections VALUES ('tasks');
    CREATE INDEX ix_tasks_owner_at_0ld ON docs (json_extract(body, '$.owner'), json_extract(body, '$.at'), id) WHERE coll = 'tasks'`)
  const insert = old.prepare('INSERT INTO docs VALUES (?, ?, ?)')
  for (let i = 1; i <= 6; i++) insert.run('tasks', `t${i}`, JSON.stringify(task(i, i === 6 ? { status: true, pending: { at: 1 } } : {})))
  old.close()

  const store = openStore(d, { indexes: INDEXES })
  expect(ids(store, { owner: 'ann' }, [{ field: 'at', dir: -1 }])).toEqual(['t5', 't3', 't1'])
  expect(ids(store, { 'pending.at': { $gte: 0 } }, [{ field: 'pending.at', dir: 1 }])).toEqual(['t6'])
  // a boolean reads back as JSON's true, as SQLite's json_extract gives it (1)
  expect(ids(store, { status: true }, [{ field: 'due', dir: 1 }])).toEqual(['t6'])
  store.close()
  const raw = new Database(join(d, 'db.sqlite'), { readonly: true })
  const indexes = raw.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'`).all() as { name: string; tbl_name: string }[]
  raw.close()
  expect(indexes.map((i) => i.name)).not.toContain('ix_tasks_owner_at_0ld')
  expect(new Set(indexes.map((i) => i.tbl_name))).toEqual(new Set(['keys_tasks']))
  expect(indexes).toHaveLength(INDEXES.tasks.length)
})

test('a store opened without the declarations keeps the key tables in step, and a new declaration rebuilds them', () => {
  const d = dir()
  openStore(d, { indexes: INDEXES }).close()
  const bare = openStore(d)
  bare.write([1, 2, 3].map((i) => ({ kind: 'put', coll: 'tasks', doc: task(i) })))
  bare.write([{ kind: 'put', coll: 'tasks', doc: task(2, { owner: 'cy' }) }])
  bare.close()

  const store = openStore(d, { indexes: INDEXES })
  expect(ids(store, { owner: 'cy' }, [{ field: 'at', dir: -1 }])).toEqual(['t2'])
  expect(ids(store, { owner: 'bob' }, [{ field: 'at', dir: -1 }])).toEqual([])
  store.close()

  // an index on a field no index named before: built from the stored documents
  const more = { tasks: [...INDEXES.tasks, { fields: ['body'] }] }
  const rebuilt = openStore(d, { indexes: more })
  const plan = choosePlan(shapeOf({ body: 'x'.repeat(20) }), rebuilt.indexes('tasks'))!
  expect(plan.index?.fields).toEqual(['body'])
  expect([...rebuilt.select('tasks', plan, [])].map((t) => t._id)).toEqual(['t1', 't2', 't3'])
  rebuilt.close()
})
