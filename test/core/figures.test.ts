import { expect, test } from 'vitest'
import { contribution, rates, sumCounters, zeroCounters } from '@/core/figures'
import { pendingRollup, periodBuckets, rollupDelta, withIncrements } from '@/core/rollups'
import { buildRequest } from '../builders'

const closed = buildRequest({ status: 'closed', rating: { solved: true, satisfaction: 'basic', at: '2026-11-26T09:00:00.000+08:00' } })

test('a closed, rated request contributes to every counter, with sign-for and resolve time in minutes', () => {
  expect(contribution(closed)).toEqual({
    ...zeroCounters(),
    dispatched: 1, signed: 1, signedOnTime: 1, rated: 1, solvedRated: 1, basic: 1, resolved: 1, resolvedOnTime: 1,
    signForMinutes: 60, resolveMinutes: (2 * 24 + 6) * 60,
  })
})

test('withdrawn and never-dispatched requests contribute nothing', () => {
  expect(contribution(buildRequest({ status: 'withdrawn' }))).toEqual(zeroCounters())
  expect(contribution(buildRequest({ status: 'pending_dispatch' }))).toEqual(zeroCounters())
})

test('unsigned past signForBy counts once the breach is recorded for the deadline in force', () => {
  const assigned = buildRequest({ status: 'assigned' })
  expect(contribution(assigned).unsignedPastDue).toBe(0)
  const breached = { ...assigned, escalations: { remindedFor: null, breachedSignFor: assigned.signForBy, breachedResolve: null, countyLevel: null } }
  expect(contribution(breached)).toMatchObject({ unsignedPastDue: 1, overdueOpen: 1 })
  // a transfer sets a new signForBy: the old breach no longer counts
  expect(contribution({ ...breached, signForBy: '2026-11-28T09:00:00.000+08:00' })).toMatchObject({ unsignedPastDue: 0, overdueOpen: 0 })
})

test('rates: null over a zero denominator; satisfaction weighs basic 0.9; the score weighs 0.1/0.5/0.4', () => {
  expect(rates(zeroCounters())).toMatchObject({ responseRate: null, resolutionRate: null, satisfactionRate: null, onTimeRate: null, score: null })
  const f = rates(sumCounters([contribution(closed), contribution(buildRequest({ status: 'closed', rating: { solved: false, satisfaction: 'unsatisfied', at: '' } }))]))
  expect(f).toMatchObject({ responseRate: 1, resolutionRate: 0.5, satisfactionRate: 0.45, onTimeRate: 1, avgSignForHours: 1 })
  expect(f.score).toBeCloseTo(0.1 + 0.25 + 0.18)
  expect(rates(f.counts, { response: 1, resolution: 0, satisfaction: 0 }).score).toBe(1)
})

test('a change moves the contribution between buckets; an unchanged one writes nothing', () => {
  expect(rollupDelta(closed, closed).size).toBe(0)
  const moved = rollupDelta(closed, { ...closed, assignedUnitId: 'unit-b' })
  expect(moved.get('d|unit|unit-a|2026-11-23')?.inc['all.dispatched']).toBe(-1)
  expect(moved.get('m|unit|unit-b|2026-11')?.inc['all.dispatched']).toBe(1)
  expect(moved.get('d|township|town-1|2026-11-23')?.inc).toMatchObject({ 'unit.unit-a.dispatched': -1, 'unit.unit-b.dispatched': 1 })
  expect(moved.get('d|township|town-1|2026-11-23')?.inc['all.dispatched']).toBeUndefined()
})

test('pending increments: a later change adds to what an earlier one left; what cancels out is dropped', () => {
  const moved = { ...closed, assignedUnitId: 'unit-b' }
  const first = pendingRollup(rollupDelta(null, closed), 't1', '2026-11-23T09:00:00+08:00', null)!
  expect(first.docs.find((d) => d.id === 'd|unit|unit-a|2026-11-23')?.inc).toContainEqual(['all.dispatched', 1])
  const both = pendingRollup(rollupDelta(closed, moved), 't2', '2026-11-23T09:05:00+08:00', first)!
  expect(both).toMatchObject({ token: 't2', at: '2026-11-23T09:05:00+08:00' })
  // unit-a got +1 then -1: its documents drop out; the net is the same as inserting `moved`
  expect(both.docs.some((d) => d.id.includes('unit-a'))).toBe(false)
  const direct = pendingRollup(rollupDelta(null, moved), 't3', '', null)!
  const sorted = (p: typeof both) => p.docs.map((d) => ({ ...d, inc: [...d.inc].sort() })).sort((a, b) => a.id.localeCompare(b.id))
  expect(sorted(both)).toEqual(sorted(direct))
  expect(pendingRollup(rollupDelta(moved, null), 't4', '', both)).toBeNull()
})

test('increments land on nested counters, creating the document and its paths as needed', () => {
  const meta = { gran: 'm' as const, scopeType: 'township' as const, scopeId: 'town-1', bucket: '2026-11' }
  const created = withIncrements(null, meta, [['all.dispatched', 1], ['unit.unit-a.signed', 1]])
  expect(created).toEqual({ ...meta, all: { dispatched: 1 }, unit: { 'unit-a': { signed: 1 } } })
  const next = withIncrements(created, meta, [['all.dispatched', 2], ['unit.unit-a.signed', -1]])
  expect(next).toEqual({ ...meta, all: { dispatched: 3 }, unit: { 'unit-a': { signed: 0 } } })
  expect(created.all).toEqual({ dispatched: 1 }) // the input is not changed
})

test('a period reads whole months as month buckets and the rest as days', () => {
  expect(periodBuckets('2026-11-01', '2027-01-01')).toEqual({ months: ['2026-11', '2026-12'], days: [] })
  const mixed = periodBuckets('2026-10-30', '2026-12-02')
  expect(mixed.months).toEqual(['2026-11'])
  expect(mixed.days).toEqual(['2026-10-30', '2026-10-31', '2026-12-01'])
})
