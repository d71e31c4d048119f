// The local database keeps the texts its index scans read (issue 12: a page of requests read again
// by every caller comes from memory). Nothing a caller reads may differ from what SQLite holds:
// not after a write, not after a batch that rolled back, not after another connection committed.
import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import type { IndexSpec } from '../../cloudfunctions/_shared/collections'
import { choosePlan, shapeOf } from '../../cloudfunctions/_local/db/plan'
import { openStore, type Doc, type Store } from '../../cloudfunctions/_local/db/store'
import { createTextCache } from '../../cloudfunctions/_local/db/text-cache'
import { createBackend } from '../../cloudfunctions/_local/db/backend'

const INDEXES: Record<string, IndexSpec[]> = { tasks: [{ fields: ['owner', '-at'] }] }
const dir = () => mkdtempSync(join(tmpdir(), 'qbhy-cache-'))

/** An owner's box, newest first, as the backend reads a page of it (through the index; a page is kept). */
function box(store: Store, owner: string, keep = true): Doc[] {
  const sort = [{ field: 'at', dir: -1 as const }]
  const plan = choosePlan(shapeOf({ owner }, sort), store.indexes('tasks'))!
  return [...store.select('tasks', plan, sort, keep)]
}
const put = (doc: Doc) => ({ kind: 'put' as const, coll: 'tasks', doc })
const task = (id: string, owner: string, at: number, note: string): Doc => ({ _id: id, owner, at, note })

test('a page read again after a write of one of its documents has the new text', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write([put(task('a', 'ann', 3, 'first')), put(task('b', 'ann', 2, 'second')), put(task('c', 'ann', 1, 'third'))])
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['first', 'second', 'third'])
  expect(store.cachedChars()).toBeGreaterThan(0) // the page is held now

  store.write([put(task('b', 'ann', 2, 'second, changed'))])
  store.write([{ kind: 'delete', coll: 'tasks', id: 'c' }])
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['first', 'second, changed'])
  store.close()
})

test('a long scan (an export, a sweep) reads through without keeping what it read', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write(Array.from({ length: 200 }, (_, i) => put(task(`t${i}`, 'ann', i, 'text'))))
  expect(box(store, 'ann', false)).toHaveLength(200)
  expect(store.cachedChars()).toBe(0)
  store.close()
})

test('what a batch read of its own writes is gone with the batch when it rolls back', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write([put(task('a', 'ann', 3, 'kept')), put(task('b', 'ann', 2, 'kept'))])
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['kept', 'kept'])

  expect(() =>
    store.batch(() => {
      store.write([put(task('b', 'ann', 2, 'rolled back'))])
      // the batch sees its own write...
      expect(box(store, 'ann').map((d) => d.note)).toEqual(['kept', 'rolled back'])
      throw new Error('the job fails')
    }),
  ).toThrow('the job fails')
  // ...and nobody after it does
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['kept', 'kept'])
  store.close()
})

test('a commit by another connection on the same directory is read at once', () => {
  const d = dir()
  const first = openStore(d, { indexes: INDEXES })
  first.write([put(task('a', 'ann', 3, 'one')), put(task('b', 'ann', 2, 'two')), put(task('c', 'ann', 1, 'three'))])
  expect(box(first, 'ann').map((x) => x.note)).toEqual(['one', 'two', 'three'])

  const second = openStore(d, { indexes: INDEXES })
  second.write([put(task('b', 'ann', 2, 'two, from the other connection')), { kind: 'delete', coll: 'tasks', id: 'c' }])
  expect(box(first, 'ann').map((x) => x.note)).toEqual(['one', 'two, from the other connection'])
  second.close()
  first.close()
})

/** A small deterministic generator, so that a failure replays. */
function random(seed: number) {
  let s = seed >>> 0
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

test('under random writes, rollbacks, other connections and a cache too small for them, every page equals what was committed', () => {
  const d = dir()
  const budget = 1000 // about 12 of the 30 texts: entries come and go
  const store = openStore(d, { indexes: INDEXES, textCacheChars: budget })
  const model = new Map<string, Doc>()
  const rnd = random(12)
  const owners = ['ann', 'bob', 'cy']
  const randomTask = (): Doc => task(`t${rnd(30)}`, owners[rnd(3)], rnd(50), 'x'.repeat(rnd(60)) + rnd(1000))
  const expected = (owner: string) =>
    [...model.values()].filter((t) => t.owner === owner).sort((a, b) => (b.at as number) - (a.at as number) || (a._id < b._id ? 1 : -1))

  for (let step = 0; step < 1500; step++) {
    const r = rnd(100)
    if (r < 35) {
      const t = randomTask()
      store.write([put(t)])
      model.set(t._id, t)
    } else if (r < 45) {
      const id = `t${rnd(30)}`
      store.write([{ kind: 'delete', coll: 'tasks', id }])
      model.delete(id)
    } else if (r < 55) {
      // a batch that reads its own writes and then fails
      try {
        store.batch(() => {
          store.write([put(randomTask()), put(randomTask())])
          box(store, owners[rnd(3)])
          throw new Error('rolled back')
        })
      } catch {
        // expected
      }
    } else if (r < 60) {
      const other = openStore(d, { indexes: INDEXES })
      const t = randomTask()
      other.write([put(t)])
      model.set(t._id, t)
      other.close()
    } else {
      const owner = owners[rnd(3)]
      // ties on `at` are ordered by the index's id column, as the key table sorts them
      expect(box(store, owner).map((t) => [t._id, t.note])).toEqual(expected(owner).map((t) => [t._id, t.note]))
      expect(store.cachedChars()).toBeLessThanOrEqual(budget)
    }
  }
  store.close()
})

test('the cache stays within its characters, drops the least recently read first, and keeps the text it was just given', () => {
  const cache = createTextCache(100)
  cache.set('a', '1', 'x'.repeat(20))
  cache.set('a', '2', 'y'.repeat(20))
  cache.set('b', '1', 'z'.repeat(20))
  cache.set('b', '2', 'w'.repeat(25)) // 85
  expect(cache.size).toBe(85)
  expect(cache.get('b', '1')).toBe('z'.repeat(20)) // read again: now b's most recent
  cache.set('b', '3', 'v'.repeat(25)) // 110: b's least recently read goes
  expect(cache.get('b', '2')).toBeUndefined()
  expect(cache.get('b', '1')).toBe('z'.repeat(20))
  expect(cache.size).toBe(85)
  // a collection holding nothing else: its new text stays, the others' least recent go
  cache.set('c', '1', 'u'.repeat(25))
  expect(cache.get('c', '1')).toBe('u'.repeat(25))
  expect(cache.get('a', '1')).toBeUndefined()
  expect(cache.size).toBeLessThanOrEqual(100)
  // over a quarter of the whole: not kept at all, and no older text of it either
  cache.set('a', '2', 'q'.repeat(26))
  expect(cache.get('a', '2')).toBeUndefined()
  expect(cache.size).toBeLessThanOrEqual(100)
})

test('a document whose _id is a number: its page after a write has the new text', () => {
  const store = openStore(dir(), { indexes: INDEXES })
  const numeric = (note: string) => task(5 as unknown as string, 'ann', 2, note) // as an insert through the SDK may store it
  store.write([put(task('a', 'ann', 3, 'first')), put(numeric('before'))])
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['first', 'before'])
  store.write([put(numeric('after'))])
  expect(box(store, 'ann').map((d) => d.note)).toEqual(['first', 'after'])
  store.close()
})

test('a page read past many entries its filter skips keeps only its first entries', async () => {
  const store = openStore(dir(), { indexes: INDEXES })
  // 300 of ann's tasks, only the oldest 10 marked: a page of 20 marked ones reads all 300 entries
  store.write(Array.from({ length: 300 }, (_, i) => put({ ...task(`t${i}`, 'ann', i, 'x'.repeat(30)), marked: i < 10 })))
  const backend = createBackend(store)
  const res = (await backend.send('database.getDocument', { collectionName: 'tasks', query: '{"owner":"ann","marked":true}', order: '{"at":-1}', limit: 20 })) as { data: { list: string[] } }
  expect(res.data.list).toHaveLength(10)
  const oneText = JSON.stringify({ ...task('t100', 'ann', 100, 'x'.repeat(30)), marked: false }).length
  expect(store.cachedChars()).toBeLessThanOrEqual(64 * (oneText + 2))
  store.close()
})

test('an index entry whose document is gone is skipped, not answered', () => {
  const d = dir()
  const store = openStore(d, { indexes: INDEXES })
  store.write([put(task('a', 'ann', 3, 'one')), put(task('b', 'ann', 2, 'two')), put(task('c', 'ann', 1, 'three'))])
  // another writer that knows nothing of the key tables removes a document
  const raw = new Database(join(d, 'db.sqlite'))
  raw.prepare("DELETE FROM docs WHERE coll = 'tasks' AND id = 'b'").run()
  raw.close()
  expect(box(store, 'ann').map((x) => x.note)).toEqual(['one', 'three'])
  store.close()
})

test('through the database requests: a page of 20 is kept, a read of 1000 is not', async () => {
  const store = openStore(dir(), { indexes: INDEXES })
  store.write(Array.from({ length: 200 }, (_, i) => put(task(`t${i}`, 'ann', i, 'text'))))
  const backend = createBackend(store)
  const read = (limit: number) => backend.send('database.getDocument', { collectionName: 'tasks', query: '{"owner":"ann"}', order: '{"at":-1}', limit })
  const all = (await read(1000)) as { data: { list: string[] } }
  expect(all.data.list).toHaveLength(200)
  expect(store.cachedChars()).toBe(0)
  const page = (await read(20)) as { data: { list: string[] } }
  expect(page.data.list.map((t) => JSON.parse(t)._id)).toEqual(Array.from({ length: 20 }, (_, i) => `t${199 - i}`))
  expect(store.cachedChars()).toBe(page.data.list.reduce((n, t) => n + t.length, 0))
  store.close()
})
