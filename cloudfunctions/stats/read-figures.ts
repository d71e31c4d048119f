import { addCounters, byScore, isZero, rates, sumCounters, zeroCounters, type Counters, type Weights } from '../../src/core/figures'
import { countersAt, monthOf, periodBuckets, type Dimension, type RollupDoc, type RollupMeta, type Scope } from '../../src/core/rollups'
import type { BreakdownBy, BreakdownRow, Period } from '../../src/core/stats-types'
import type { Database } from '../_shared/cloud'
import { readRollups } from '../_shared/rollups'

/** The rollup documents of a scope and period: month and day buckets, plus the `now` gauge. */
export async function loadPeriod(db: Database, scope: Scope, { from, to }: Period) {
  const { months, days } = periodBuckets(from, to)
  const base = { scopeType: scope.type, scopeId: scope.id }
  const metas: RollupMeta[] = [
    ...months.map((bucket) => ({ ...base, gran: 'm' as const, bucket })),
    ...days.map((bucket) => ({ ...base, gran: 'd' as const, bucket })),
    { ...base, gran: 'g', bucket: '-' },
  ]
  const docs = await readRollups(db, metas)
  return { period: docs.filter((d) => d.gran !== 'g'), gauge: docs.find((d) => d.gran === 'g'), months: monthsBetween(from, to) }
}

export type Loaded = Awaited<ReturnType<typeof loadPeriod>>

/** The scope's totals: period counters of every bucket, the gauge's now-counters. */
export function totals({ period, gauge }: Loaded): Counters {
  return addCounters(sumCounters(period.map((d) => countersAt(d, 'all'))), countersAt(gauge, 'all'))
}

/** Rows of one breakdown, unnamed and unsorted (the caller names and orders them). */
export function breakdownCounters(loaded: Loaded, by: BreakdownBy): Map<string, Counters> {
  const rows = new Map<string, Counters>()
  const add = (key: string, c: Partial<Counters>) => rows.set(key, addCounters(rows.get(key) ?? zeroCounters(), c))
  if (by === 'month') {
    for (const m of loaded.months) rows.set(m, zeroCounters())
    for (const d of loaded.period) add(monthOf(d.bucket), countersAt(d, 'all'))
    return rows
  }
  for (const d of [...loaded.period, ...(loaded.gauge ? [loaded.gauge] : [])]) {
    for (const [key, c] of Object.entries((d as RollupDoc)[by as Dimension] ?? {})) add(key, c)
  }
  return rows
}

export function toRows(counters: Map<string, Counters>, by: BreakdownBy, names: Map<string, string>, weights?: Weights): BreakdownRow[] {
  // a unit the request moved away from keeps a zero entry in the rollup: no row for it
  const kept = [...counters].filter(([, c]) => by === 'month' || !isZero(c))
  const rows = kept.map(([key, c]) => ({ key, name: names.get(key) ?? key, figures: rates(c, weights) }))
  if (by === 'month') return rows.sort((a, b) => a.key.localeCompare(b.key))
  if (by === 'category') return rows.sort((a, b) => b.figures.counts.dispatched - a.figures.counts.dispatched || a.key.localeCompare(b.key))
  return rows.sort(byScore)
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = monthOf(from); `${m}-01` < to; m = nextMonth(m)) out.push(m)
  return out
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number)
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`
}
