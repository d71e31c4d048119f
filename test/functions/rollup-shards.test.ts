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
