/**
 * Where a request's contribution is kept (pure): one rollup document per scope (county, township,
 * unit, village) × bucket (local day or month of `dispatchedAt`, or the `now` gauge), each holding
 * the counters in total (`all`), per category, and per child dimension (e.g. a township's units).
 * A change of a request moves `contribution(before)` out and `contribution(after)` in.
 */
import { COUNTER_KEYS, GAUGE_KEYS, PERIOD_KEYS, contribution, zeroCounters, type CounterKey, type Counters } from './figures'
import { addDays, localDate } from './time'
import type { ServiceRequest } from './types'

export const SCOPE_TYPES = ['county', 'township', 'unit', 'village'] as const
export type ScopeType = (typeof SCOPE_TYPES)[number]
export interface Scope {
  type: ScopeType
  id: string
}

export type Dimension = 'category' | 'county' | 'township' | 'unit' | 'village'

/** The breakdowns each scope's documents carry besides `all`. */
export const DIMENSIONS: Record<ScopeType, readonly Dimension[]> = {
  county: ['category', 'township', 'unit', 'village'],
  township: ['category', 'unit', 'village'],
  unit: ['category', 'township', 'village'],
  village: ['category', 'unit'],
}

/** d: a local day, m: a month, g: the gauge (counters about now, not a period). */
export type Granularity = 'd' | 'm' | 'g'

export interface RollupMeta {
  gran: Granularity
  scopeType: ScopeType
  scopeId: string
  /** YYYY-MM-DD, YYYY-MM or '-' */
  bucket: string
}

export const rollupId = (m: RollupMeta) => `${m.gran}|${m.scopeType}|${m.scopeId}|${m.bucket}`

/**
 * Each rollup is kept as up to ROLLUP_SHARDS documents (the distributed-counter pattern): every
 * request change in a county increments the county's day and month documents, so as one document
 * they are a queue of transaction conflicts under a burst of submits. A change goes to one shard
 * (all its documents alike, chosen from its random token; a retry takes the next); readers sum the
 * shards, one `_id in` query per rollup. With 8, two overlapping settles collide one time in 8 (at
 * 32 concurrent submits about one settle in three retries once, instead of most giving up), while a
 * month's figures stay one query of at most 8 documents per rollup. Shard 0 is the plain id, so
 * documents written before sharding are that shard.
 */
export const ROLLUP_SHARDS = 8

export const shardId = (id: string, shard: number) => (shard === 0 ? id : `${id}#${shard}`)

export const shardIdsOf = (id: string) => Array.from({ length: ROLLUP_SHARDS }, (_, s) => shardId(id, s))

/** The shard an attempt to settle a change writes to: spread by the change's token, the next one on each retry. */
export function shardFor(token: string, attempt: number): number {
  let h = 0
  for (let i = 0; i < token.length; i++) h = (h * 31 + token.charCodeAt(i)) >>> 0
  return (h + attempt) % ROLLUP_SHARDS
}

const META_KEYS = new Set(['_id', 'id', 'gran', 'scopeType', 'scopeId', 'bucket'])

/** The shards of one rollup summed into one document; null when none exists. */
export function mergeShards(meta: RollupMeta, shards: Record<string, unknown>[]): RollupDoc | null {
  if (shards.length === 0) return null
  const out: Record<string, unknown> = { ...meta }
  for (const shard of shards) {
    for (const [key, value] of Object.entries(shard)) if (!META_KEYS.has(key)) out[key] = addTree(out[key], value)
  }
  return out as unknown as RollupDoc
}

/** Counter trees added leaf by leaf (`{all: {dispatched: 2}}` + `{all: {dispatched: 1}}`). */
function addTree(a: unknown, b: unknown): unknown {
  if (typeof b === 'number') return (typeof a === 'number' ? a : 0) + b
  if (!b || typeof b !== 'object') return a
  const out: Record<string, unknown> = a && typeof a === 'object' ? { ...(a as Record<string, unknown>) } : {}
  for (const [k, v] of Object.entries(b)) out[k] = addTree(out[k], v)
  return out
}

/** A rollup document as stored: counters under `all` and under `<dimension>.<id>`. */
export type RollupDoc = RollupMeta & { all?: Partial<Counters> } & { [dim in Dimension]?: Record<string, Partial<Counters>> }

/** Counter sums per document and prefix (`all.`, `unit.uA.`); `incPaths` turns one into field paths. */
export type RollupDelta = Map<string, { meta: RollupMeta; parts: Map<string, Counters> }>

function dimensionValue(req: ServiceRequest, dim: Dimension): string | null {
  switch (dim) {
    case 'category':
      return req.category
    case 'county':
      return req.countyId
    case 'township':
      return req.townshipId
    case 'unit':
      return req.assignedUnitId
    case 'village':
      return req.villageId
  }
}

/** Keys stored as object fields must not hold path separators. */
const safeKey = (k: string | null): k is string => !!k && !/[.$]/.test(k)

export function scopesOf(req: ServiceRequest): Scope[] {
  return SCOPE_TYPES.map((type) => ({ type, id: dimensionValue(req, type) })).filter((s): s is Scope => safeKey(s.id))
}

function addTo(delta: RollupDelta, meta: RollupMeta, prefixes: string[], counters: Counters, keys: readonly CounterKey[], sign: number) {
  const id = rollupId(meta)
  let entry = delta.get(id)
  if (!entry) delta.set(id, (entry = { meta, parts: new Map() }))
  for (const p of prefixes) {
    let sum = entry.parts.get(p)
    if (!sum) entry.parts.set(p, (sum = zeroCounters()))
    for (const k of keys) sum[k] += sign * counters[k]
  }
}

/** The non-zero increments of one document: `all.dispatched`, `unit.uA.signed` → amount. */
export function incPaths(parts: Map<string, Counters>): Record<string, number> {
  const inc: Record<string, number> = {}
  for (const [p, sum] of parts) for (const k of COUNTER_KEYS) if (sum[k] !== 0) inc[p + k] = sum[k]
  return inc
}

/** `all.` and `<dimension>.<id>.` for each breakdown the scope's documents carry. */
function prefixesOf(req: ServiceRequest, type: ScopeType): string[] {
  const out = ['all.']
  for (const d of DIMENSIONS[type]) {
    const v = dimensionValue(req, d)
    if (safeKey(v)) out.push(`${d}.${v}.`)
  }
  return out
}

/** Adds sign × the request's contribution to every document it belongs in. */
export function accumulate(delta: RollupDelta, req: ServiceRequest | null, sign: 1 | -1): RollupDelta {
  if (!req) return delta
  const c = contribution(req)
  const hasPeriod = PERIOD_KEYS.some((k) => c[k])
  const hasGauge = GAUGE_KEYS.some((k) => c[k])
  if (!hasPeriod && !hasGauge) return delta
  const day = req.dispatchedAt ? localDate(req.dispatchedAt) : null
  for (const { type, id } of scopesOf(req)) {
    const prefixes = prefixesOf(req, type)
    const scope = { scopeType: type, scopeId: id }
    if (hasPeriod && day) {
      addTo(delta, { gran: 'd', ...scope, bucket: day }, prefixes, c, PERIOD_KEYS, sign)
      addTo(delta, { gran: 'm', ...scope, bucket: day.slice(0, 7) }, prefixes, c, PERIOD_KEYS, sign)
    }
    if (hasGauge) addTo(delta, { gran: 'g', ...scope, bucket: '-' }, prefixes, c, GAUGE_KEYS, sign)
  }
  return delta
}

/** The increments that take the rollups from `before` to `after` (either may be null); zeros dropped. */
export function rollupDelta(before: ServiceRequest | null, after: ServiceRequest | null): Map<string, { meta: RollupMeta; inc: Record<string, number> }> {
  const delta = accumulate(accumulate(new Map(), before, -1), after, 1)
  const out = new Map<string, { meta: RollupMeta; inc: Record<string, number> }>()
  for (const [id, { meta, parts }] of delta) {
    const inc = incPaths(parts)
    if (Object.keys(inc).length > 0) out.set(id, { meta, inc })
  }
  return out
}

/** Counters under one prefix of a document (`all`, or `unit.uA`). */
export function countersAt(doc: RollupDoc | undefined, dim: 'all' | Dimension, key?: string): Partial<Counters> {
  if (!doc) return {}
  if (dim === 'all') return doc.all ?? {}
  return doc[dim]?.[key ?? ''] ?? {}
}

/**
 * The buckets covering local dates [from, to): whole months as month documents, the rest as days.
 * A month reads 1 document, a year 12, any period at most 12 per year + 60 days.
 */
export function periodBuckets(from: string, to: string): { months: string[]; days: string[] } {
  const months: string[] = []
  const days: string[] = []
  let d = from
  while (d < to) {
    const month = d.slice(0, 7)
    const nextMonth = firstOfNextMonth(d)
    if (d.endsWith('-01') && nextMonth <= to) {
      months.push(month)
      d = nextMonth
    } else {
      days.push(d)
      d = addDays(d, 1)
    }
  }
  return { months, days }
}

function firstOfNextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number)
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

/** The month of a bucket key (`2026-11-23` or `2026-11` → `2026-11`). */
export const monthOf = (bucket: string) => bucket.slice(0, 7)


/**
 * A request change's rollup increments not yet applied, stored on the request in the same write as
 * the change, so that a crash between the two cannot lose them: whoever applies them clears them in
 * the same transaction (exactly once), and the scheduler applies any left behind. Increments are
 * pairs, not objects, because their paths hold dots.
 */
export interface PendingRollup {
  token: string
  /** when the change was written (the scheduler picks up what is still pending a while later) */
  at: string
  docs: { id: string; meta: RollupMeta; inc: [string, number][] }[]
}

/**
 * The pending increments after a change: `delta` added to whatever an earlier change left
 * unapplied, so that one transaction settles both.
 */
export function pendingRollup(
  delta: ReturnType<typeof rollupDelta>,
  token: string,
  at: string,
  earlier: PendingRollup | null | undefined,
): PendingRollup | null {
  const docs = new Map<string, { meta: RollupMeta; inc: Map<string, number> }>()
  const add = (id: string, meta: RollupMeta, entries: Iterable<[string, number]>) => {
    let doc = docs.get(id)
    if (!doc) docs.set(id, (doc = { meta, inc: new Map() }))
    for (const [path, n] of entries) doc.inc.set(path, (doc.inc.get(path) ?? 0) + n)
  }
  for (const d of earlier?.docs ?? []) add(d.id, d.meta, d.inc)
  for (const [id, { meta, inc }] of delta) add(id, meta, Object.entries(inc))
  const out: PendingRollup['docs'] = []
  for (const [id, { meta, inc }] of docs) {
    const nonZero = [...inc].filter(([, n]) => n !== 0)
    if (nonZero.length > 0) out.push({ id, meta, inc: nonZero })
  }
  return out.length > 0 ? { token, at, docs: out } : null
}

/** A rollup document with increments added (created from `meta` when there was none). */
export function withIncrements(doc: Record<string, unknown> | null, meta: RollupMeta, inc: [string, number][]): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(doc ?? { ...meta })
  for (const [path, n] of inc) {
    const keys = path.split('.')
    let at = out
    for (const k of keys.slice(0, -1)) {
      const next = at[k]
      at = (at[k] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>
    }
    const last = keys[keys.length - 1]
    at[last] = Number(at[last] ?? 0) + n
  }
  return out
}
