import { expect, test } from 'vitest'
import { mergeShards, ROLLUP_SHARDS, shardFor, shardId, shardIdsOf, type RollupMeta } from '@/core/rollups'

const meta: RollupMeta = { gran: 'm', scopeType: 'county', scopeId: 'c1', bucket: '2026-11' }

test('a rollup is read as the sum of its shards, breakdown by breakdown', () => {
  const merged = mergeShards(meta, [
    { _id: 'm|county|c1|2026-11', ...meta, all: { dispatched: 2, rated: 1 }, unit: { uA: { dispatched: 2 } } },
    { _id: 'm|county|c1|2026-11#3', ...meta, all: { dispatched: 1 }, unit: { uA: { dispatched: 1 }, uB: { dispatched: -1, signed: 1 } } },
  ])
  expect(merged).toEqual({ ...meta, all: { dispatched: 3, rated: 1 }, unit: { uA: { dispatched: 3 }, uB: { dispatched: -1, signed: 1 } } })
  expect(mergeShards(meta, [])).toBeNull()
})

test('shard 0 is the plain id, so rollups written before sharding are read as one of the shards', () => {
  const ids = shardIdsOf('m|county|c1|2026-11')
  expect(ids).toHaveLength(ROLLUP_SHARDS)
  expect(ids[0]).toBe('m|county|c1|2026-11')
  expect(new Set(ids).size).toBe(ROLLUP_SHARDS)
  expect(shardId('x', 5)).toBe('x#5')
})

test('changes spread over every shard, and a retry moves to another one', () => {
  const tokens = Array.from({ length: 400 }, (_, i) => (i * 2654435761).toString(16).padStart(16, '0'))
  const first = tokens.map((t) => shardFor(t, 1))
  expect(new Set(first).size).toBe(ROLLUP_SHARDS)
  for (const s of first) expect(s).toBeGreaterThanOrEqual(0)
  for (const t of tokens.slice(0, 20)) expect(shardFor(t, 2)).not.toBe(shardFor(t, 1))
})
