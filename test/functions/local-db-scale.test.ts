// The local database at scale (issue 12): declared indexes serve queries by reading only their
// entries, a large query no index serves fails naming its shape, writes share commits, and the
// event loop turns between a long call's requests. Through the real wx-server-sdk, as the functions.
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { COLLECTION_NAMES } from '../../cloudfunctions/_shared/collections'
import { DEPLOYED_COLLECTIONS, installLocalCloud, type LocalCloud } from '../../cloudfunctions/_local/sdk'
import type { Doc } from '../../cloudfunctions/_local/db/store'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any
const cloud = createRequire(join(process.cwd(), 'package.json'))('wx-server-sdk') as Any
let local: LocalCloud
let db: Any

beforeAll(() => {
  local = installLocalCloud({ dataDir: mkdtempSync(join(tmpdir(), 'qbhy-scale-')) })
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  db = cloud.database()
})
beforeEach(() => local.reset())
afterAll(() => local.close())

const errorOf = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: Any) => e)
const SUBMITTERS = ['a', 'b', 'c']
const STATUSES = ['assigned', 'in_progress', 'closed']

/** 1,500 requests straight into the store: 500 per submitter, one a minute. */
function seedRequests(n = 1500) {
  const docs: Doc[] = Array.from({ length: n }, (_x, i) => ({
    _id: `r${String(i).padStart(5, '0')}`,
    submitterId: SUBMITTERS[i % 3],
    status: STATUSES[Math.floor(i / 3) % 3],
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    escalateAt: new Date(Date.UTC(2026, 0, 2, 0, (i * 7) % n)).toISOString(),
    title: `t${i}`,
  }))
  local.store.write(docs.map((doc) => ({ kind: 'put', coll: 'requests', doc })))
  return docs
}

test('the deployed collections are the declared ones', () => {
  expect(DEPLOYED_COLLECTIONS).toEqual(COLLECTION_NAMES)
  expect(COLLECTION_NAMES).toEqual(expect.arrayContaining(['users', 'requests', 'notifications', 'audit']))
})

test('a box page reads only its index entries, newest first, and pages like a scan would', async () => {
  const docs = seedRequests()
  local.dbStats.reset()
  const page = await db.collection('requests').where({ submitterId: 'b' }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(21).get()
  const expected = docs.filter((d) => d.submitterId === 'b').reverse().slice(0, 21)
  expect(page.data.map((d: Doc) => d._id)).toEqual(expected.map((d) => d._id))
  expect(local.dbStats.get().requests).toEqual({ scanned: 21, returned: 21 })

  // a filter beyond the index (status) is applied to the entries the index yields
  const open = await db.collection('requests').where({ submitterId: 'b', status: 'assigned' }).orderBy('createdAt', 'desc').skip(5).limit(10).get()
  expect(open.data.map((d: Doc) => d._id)).toEqual(docs.filter((d) => d.submitterId === 'b' && d.status === 'assigned').reverse().slice(5, 15).map((d) => d._id))
  expect((await db.collection('requests').where({ submitterId: 'c' }).count()).total).toBe(500)
})

test('$in plus a range on the next index field, sorted by it: the scheduler’s due list', async () => {
  const docs = seedRequests()
  const _ = db.command
  const cutoff = new Date(Date.UTC(2026, 0, 2, 3, 0)).toISOString()
  local.dbStats.reset()
  const due = await db.collection('requests').where({ status: _.in(['assigned', 'in_progress']), escalateAt: _.lte(cutoff) }).orderBy('escalateAt', 'asc').limit(1000).get()
  const expected = docs.filter((d) => d.status !== 'closed' && String(d.escalateAt) <= cutoff).sort((x, y) => String(x.escalateAt).localeCompare(String(y.escalateAt)))
  expect(due.data.map((d: Doc) => d._id)).toEqual(expected.map((d) => d._id))
  expect(local.dbStats.get().requests.scanned).toBe(expected.length)

  // the first page merges one index scan per status: it reads that page, not every match
  local.dbStats.reset()
  const first = await db.collection('requests').where({ status: _.in(['assigned', 'in_progress']), escalateAt: _.lte(cutoff) }).orderBy('escalateAt', 'asc').limit(5).get()
  expect(first.data.map((d: Doc) => d._id)).toEqual(expected.slice(0, 5).map((d) => d._id))
  expect(local.dbStats.get().requests.scanned).toBe(5)
})

test('a query no declared index serves fails on a large collection, naming its shape; on a small one it scans', async () => {
  seedRequests(1001)
  const err = await errorOf(db.collection('requests').where({ title: 't5' }).orderBy('createdAt', 'asc').get())
  expect(err.errMsg).toContain('unindexed query requests {title: eq} sort {createdAt: 1} on 1001 documents')
  expect(err.errMsg).toContain('cloudfunctions/_shared/collections.ts')
  // the whole collection's count is metadata, not a scan (the runtime counts users at start)
  expect((await db.collection('requests').count()).total).toBe(1001)
  local.reset()
  seedRequests(30)
  expect((await db.collection('requests').where({ title: 't5' }).get()).data).toHaveLength(1)
})

test('users.openid is unique among bound users; unbound records share the empty openid', async () => {
  const users = db.collection('users')
  await users.add({ data: { _id: 'u1', openid: 'o-1', role: 'cadre' } })
  await users.add({ data: { _id: 'u2', openid: '', role: 'cadre' } })
  await users.add({ data: { _id: 'u3', openid: '', role: 'cadre' } })
  const err = await errorOf(users.add({ data: { _id: 'u4', openid: 'o-1', role: 'liaison' } }))
  expect(err.errMsg).toContain('E11000')
  expect((await users.where({ _id: 'u4' }).get()).data).toEqual([])
  expect((await users.where({ openid: 'o-1' }).get()).data.map((u: Doc) => u._id)).toEqual(['u1'])
})

test('concurrent writes share commits, and every one of them is acknowledged and kept', async () => {
  let depth = 0
  let commits = 0
  const batch = local.store.batch
  local.store.batch = (fn) => {
    if (depth === 0) commits++
    depth++
    try {
      return batch(fn)
    } finally {
      depth--
    }
  }
  try {
    await Promise.all(Array.from({ length: 40 }, (_x, i) => db.collection('outbox').add({ data: { _id: `m${i}` } })))
  } finally {
    local.store.batch = batch
  }
  expect(commits).toBeLessThan(10)
  expect((await db.collection('outbox').count()).total).toBe(40)
})

test('a long call lets the event loop turn between its requests, so other calls are served meanwhile', async () => {
  seedRequests(300)
  // another call's work, queued once per turn of the event loop (a timer would count milliseconds)
  let turns = 0
  let running = true
  const other = () => {
    turns++
    if (running) setImmediate(other)
  }
  setImmediate(other)
  try {
    for (let i = 0; i < 20; i++) await db.collection('requests').where({ submitterId: 'a' }).orderBy('createdAt', 'desc').limit(100).get()
  } finally {
    running = false
  }
  expect(turns).toBeGreaterThanOrEqual(20)
})
