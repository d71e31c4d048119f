// The rollups as sharded counters: a burst of submits in one county settles every change at once
// (nothing left for the scheduler), spread over the shards of each rollup, and the figures read
// back as the sum of the shards equal a full recomputation.
import { expect, test } from 'vitest'
import { readRollups, ROLLUPS } from '../../cloudfunctions/_shared/rollups'
import { ROLLUP_SHARDS, rollupId, shardId, type RollupMeta } from '@/core/rollups'
import { seededCloud } from './harness'
import { stored, submit } from './story'
import { allRequests, expected, stats } from './stats-helpers'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
const CADRES = ['o-cadre1', 'o-cadre2', 'o-cadre3']

test('40 concurrent submits each settle their rollups at once, spread over the shards; the figures add up', async () => {
  const made = await Promise.all(Array.from({ length: 40 }, (_, i) => submit(cloud, CADRES[i % CADRES.length], { description: `并发提交 ${i}` })))

  for (const req of made) expect((await stored(cloud, req.id)).rollupPending).toBeNull()
  const county = rollupId({ gran: 'm', scopeType: 'county', scopeId: 'c1', bucket: '2026-11' })
  const shards = (await cloud.db.collection(ROLLUPS).where({ _id: cloud.db.command.in(Array.from({ length: ROLLUP_SHARDS }, (_, s) => shardId(county, s))) }).get()).data
  expect(shards.length).toBeGreaterThan(1)
  const figures = (await stats(cloud, 'o-county1', 'overview')).figures
  expect(figures.counts.dispatched).toBe(made.filter((r) => r.dispatchedAt).length)
  expect(figures).toEqual(expected(await allRequests(cloud), { type: 'county', id: 'c1' }))
})

test('shards too large to read in one query (over the 1 MB result cap) are read one by one and still add up', async () => {
  const meta: RollupMeta = { gran: 'm', scopeType: 'county', scopeId: 'cBig', bucket: '2026-11' }
  const villages = Object.fromEntries(Array.from({ length: 9000 }, (_, v) => [`village-${String(v).padStart(5, '0')}`, { dispatched: 1, signed: 1 }]))
  for (let s = 0; s < 4; s++) {
    await cloud.db.collection(ROLLUPS).add({ data: { _id: shardId(rollupId(meta), s), ...meta, all: { dispatched: s + 1 }, village: villages } })
  }
  const [doc] = await readRollups(cloud.db, [meta])
  expect(doc.all).toEqual({ dispatched: 1 + 2 + 3 + 4 })
  expect(doc.village?.['village-00042']).toEqual({ dispatched: 4, signed: 4 })
  expect(Object.keys(doc.village ?? {})).toHaveLength(9000)
})

test('a month of day rollups is read a dozen rollups per query; each is the sum of its own shards, in the order asked', async () => {
  const days = Array.from({ length: 30 }, (_, d) => `2026-10-${String(d + 1).padStart(2, '0')}`)
  const metas: RollupMeta[] = days.map((bucket) => ({ gran: 'd', scopeType: 'township', scopeId: 'tMany', bucket }))
  for (const [d, meta] of metas.entries()) {
    if (d === 7) continue // a day without a rollup is left out of the answer
    for (let s = 0; s < 1 + (d % 3); s++) {
      await cloud.db.collection(ROLLUPS).add({ data: { _id: shardId(rollupId(meta), s * 3), ...meta, all: { dispatched: d + 1 } } })
    }
  }
  const docs = await readRollups(cloud.db, metas)
  expect(docs.map((doc) => doc.bucket)).toEqual(days.filter((_, d) => d !== 7))
  for (const doc of docs) {
    const d = days.indexOf(doc.bucket)
    expect(doc.all).toEqual({ dispatched: (d + 1) * (1 + (d % 3)) })
  }
})

test('rollups that together pass the 1 MB result cap are read rollup by rollup and still add up', async () => {
  const metas: RollupMeta[] = ['2026-09-01', '2026-09-02', '2026-09-03'].map((bucket) => ({ gran: 'd', scopeType: 'county', scopeId: 'cWide', bucket }))
  const villages = Object.fromEntries(Array.from({ length: 5000 }, (_, v) => [`village-${String(v).padStart(5, '0')}`, { dispatched: 1, signed: 1 }]))
  for (const meta of metas) {
    for (let s = 0; s < 2; s++) await cloud.db.collection(ROLLUPS).add({ data: { _id: shardId(rollupId(meta), s), ...meta, all: { dispatched: 1 }, village: villages } })
  }
  const all = metas.flatMap((m) => [shardId(rollupId(m), 0), shardId(rollupId(m), 1)])
  await expect(cloud.db.collection(ROLLUPS).where({ _id: cloud.db.command.in(all) }).get()).rejects.toThrow(/1MB|exceed|size/i) // one query would be refused
  const docs = await readRollups(cloud.db, metas)
  expect(docs.map((doc) => doc.all)).toEqual([{ dispatched: 2 }, { dispatched: 2 }, { dispatched: 2 }])
  expect(docs[2].village?.['village-04999']).toEqual({ dispatched: 2, signed: 2 })
})
