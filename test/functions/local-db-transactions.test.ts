// Transactions of the local database under the real wx-server-sdk: `_.inc` on a document the
// transaction has not read is applied at commit (as the service applies it), conflicts still go to
// the first committer, and what a transaction reads after its own increment includes it.
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { installLocalCloud, type LocalCloud } from '../../cloudfunctions/_local/sdk'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any
const cloud = createRequire(join(process.cwd(), 'package.json'))('wx-server-sdk') as Any
let local: LocalCloud
let db: Any
let _: Any

beforeAll(() => {
  local = installLocalCloud({ dataDir: mkdtempSync(join(tmpdir(), 'qbhy-txn-')), collections: ['counters'] })
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  db = cloud.database()
  _ = db.command
})
beforeEach(() => local.reset())
afterAll(() => local.close())

const value = async (id: string) => (await db.collection('counters').where({ _id: id }).get()).data[0]

test('an increment adds to the document as it stands at commit; on a missing document it updates nothing', async () => {
  await db.collection('counters').add({ data: [{ _id: 'a', n: 1, nested: { k: 1 } }] })
  const t = await db.startTransaction()
  expect((await t.collection('counters').doc('a').update({ data: { n: _.inc(2), 'nested.k': _.inc(-1), 'nested.j': _.inc(5) } })).stats.updated).toBe(1)
  expect((await t.collection('counters').doc('none').update({ data: { n: _.inc(1) } })).stats.updated).toBe(0)
  await t.collection('counters').doc('a').update({ data: { n: _.inc(10) } })
  expect((await t.collection('counters').doc('a').get()).data).toEqual({ _id: 'a', n: 13, nested: { k: 0, j: 5 } })
  expect(await value('a')).toEqual({ _id: 'a', n: 1, nested: { k: 1 } })
  await t.commit()
  expect(await value('a')).toEqual({ _id: 'a', n: 13, nested: { k: 0, j: 5 } })
  expect(await value('none')).toBeUndefined()
})

test('of two transactions incrementing one document, the second to commit conflicts and changes nothing', async () => {
  await db.collection('counters').add({ data: [{ _id: 'hot', n: 0 }, { _id: 'other', n: 0 }] })
  const first = await db.startTransaction()
  const second = await db.startTransaction()
  await first.collection('counters').doc('hot').update({ data: { n: _.inc(1) } })
  await second.collection('counters').doc('other').update({ data: { n: _.inc(1) } })
  await second.collection('counters').doc('hot').update({ data: { n: _.inc(100) } })
  await first.commit()
  await expect(second.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect(await value('hot')).toEqual({ _id: 'hot', n: 1 })
  expect(await value('other')).toEqual({ _id: 'other', n: 0 })
})

test('concurrent increments through runTransaction all land exactly once', async () => {
  await db.collection('counters').add({ data: [{ _id: 'c', n: 0, by: {} }] })
  const bump = (i: number) =>
    db.runTransaction(async (t: Any) => {
      await t.collection('counters').doc('c').update({ data: { n: _.inc(1), [`by.k${i % 3}`]: _.inc(1) } })
    }, 100)
  await Promise.all(Array.from({ length: 30 }, (_, i) => bump(i)))
  expect(await value('c')).toEqual({ _id: 'c', n: 30, by: { k0: 10, k1: 10, k2: 10 } })
})
