/**
 * The statistics of SPEC §6 as pure functions: what one request contributes to the counters, and
 * the rates derived from summed counters. The server keeps the sums as rollups (one write per
 * request change); a full recomputation is `rates(sumCounters(requests.map(contribution)))`.
 */
import { toEpoch } from './time'
import type { ServiceRequest } from './types'

export const COUNTER_KEYS = [
  /** not withdrawn and dispatched (period = dispatchedAt) */
  'dispatched',
  /** the latest assignment was signed for … */
  'signed',
  /** … on or before its signForBy */
  'signedOnTime',
  /** the latest assignment is unsigned and the scheduler has recorded its sign-for breach */
  'unsignedPastDue',
  /** has a confirm (the latest counts) */
  'rated',
  'solvedRated',
  'satisfied',
  'basic',
  /** resolved (resolvedAt set; a reopen clears it) … */
  'resolved',
  /** … on or before the resolveBy in force */
  'resolvedOnTime',
  /** whole minutes from the latest assignment to sign-for, summed over `signed` */
  'signForMinutes',
  /** whole minutes from dispatch to resolution, summed over `resolved` */
  'resolveMinutes',
  /** open and past a deadline the scheduler has recorded as breached (a gauge: not period-bound) */
  'overdueOpen',
] as const

export type CounterKey = (typeof COUNTER_KEYS)[number]
export type Counters = Record<CounterKey, number>

/** Counters that describe now rather than the dispatch period; rollups keep them per scope only. */
export const GAUGE_KEYS: readonly CounterKey[] = ['overdueOpen']
export const PERIOD_KEYS: readonly CounterKey[] = COUNTER_KEYS.filter((k) => !GAUGE_KEYS.includes(k))

export const zeroCounters = (): Counters => Object.fromEntries(COUNTER_KEYS.map((k) => [k, 0])) as Counters

const MINUTE_MS = 60_000
const minutesBetween = (a: string, b: string) => Math.max(0, Math.round((toEpoch(b) - toEpoch(a)) / MINUTE_MS))
const OPEN = ['pending_dispatch', 'assigned', 'in_progress', 'awaiting_submitter']

/**
 * What one request adds to the figures, from its stored state alone (no clock): the time-dependent
 * counters (`unsignedPastDue`, `overdueOpen`) follow the breach the scheduler records on the request
 * (`escalations.breachedSignFor/breachedResolve` equal to the deadline in force), which it does
 * within one run (10 minutes) of the deadline, in a write that goes through the rollups.
 * Withdrawn and never-dispatched requests contribute nothing.
 */
export function contribution(req: ServiceRequest): Counters {
  const c = zeroCounters()
  if (req.status === 'withdrawn' || !req.dispatchedAt) return c
  c.dispatched = 1
  const esc = req.escalations
  if (req.signedAt) {
    c.signed = 1
    c.signedOnTime = req.signedOnTime ? 1 : 0
    c.signForMinutes = minutesBetween(req.assignedAt ?? req.dispatchedAt, req.signedAt)
  } else if (req.status === 'assigned' && req.signForBy && esc?.breachedSignFor === req.signForBy) {
    c.unsignedPastDue = 1
  }
  if (req.rating) {
    c.rated = 1
    c.solvedRated = req.rating.solved ? 1 : 0
    c.satisfied = req.rating.satisfaction === 'satisfied' ? 1 : 0
    c.basic = req.rating.satisfaction === 'basic' ? 1 : 0
  }
  if (req.resolvedAt) {
    c.resolved = 1
    c.resolvedOnTime = req.resolveBy && toEpoch(req.resolvedAt) <= toEpoch(req.resolveBy) ? 1 : 0
    c.resolveMinutes = minutesBetween(req.dispatchedAt, req.resolvedAt)
  }
  if (OPEN.includes(req.status) && esc) {
    const signBreached = req.status === 'assigned' && !!req.signForBy && esc.breachedSignFor === req.signForBy
    const resolveBreached = !!req.resolveBy && esc.breachedResolve === req.resolveBy
    c.overdueOpen = signBreached || resolveBreached ? 1 : 0
  }
  return c
}

/** a + sign × b, key by key (missing keys count 0). */
export function addCounters(a: Partial<Counters>, b: Partial<Counters>, sign = 1): Counters {
  const out = zeroCounters()
  for (const k of COUNTER_KEYS) out[k] = (a[k] ?? 0) + sign * (b[k] ?? 0)
  return out
}

export function sumCounters(list: Iterable<Partial<Counters>>): Counters {
  let total = zeroCounters()
  for (const c of list) total = addCounters(total, c)
  return total
}

export const isZero = (c: Partial<Counters>) => COUNTER_KEYS.every((k) => !c[k])

/** Weights of the score (SPEC §6: 0.1 response, 0.5 resolution, 0.4 satisfaction). */
export interface Weights {
  response: number
  resolution: number
  satisfaction: number
}

export const DEFAULT_WEIGHTS: Weights = { response: 0.1, resolution: 0.5, satisfaction: 0.4 }

/** The figures of SPEC §6 with the counts they come from. A rate over 0 is null, never 0 or 100 %. */
export interface Figures {
  counts: Counters
  /** 响应率: signed on time ÷ (signed + unsigned past signForBy) */
  responseRate: number | null
  /** 解决率: rated solved ÷ rated */
  resolutionRate: number | null
  /** 满意率: (satisfied + 0.9 × basic) ÷ rated */
  satisfactionRate: number | null
  /** 按期办结率: resolved by the resolveBy in force ÷ resolved */
  onTimeRate: number | null
  avgSignForHours: number | null
  avgResolveDays: number | null
  /** weighted score; null when any of its three rates is null (unranked) */
  score: number | null
  overdueOpen: number
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : null)

export function rates(counts: Counters, weights: Weights = DEFAULT_WEIGHTS): Figures {
  const responseRate = ratio(counts.signedOnTime, counts.signed + counts.unsignedPastDue)
  const resolutionRate = ratio(counts.solvedRated, counts.rated)
  const satisfactionRate = ratio(counts.satisfied + 0.9 * counts.basic, counts.rated)
  const score =
    responseRate === null || resolutionRate === null || satisfactionRate === null
      ? null
      : weights.response * responseRate + weights.resolution * resolutionRate + weights.satisfaction * satisfactionRate
  const avgSignMinutes = ratio(counts.signForMinutes, counts.signed)
  const avgResolveMinutes = ratio(counts.resolveMinutes, counts.resolved)
  return {
    counts,
    responseRate,
    resolutionRate,
    satisfactionRate,
    onTimeRate: ratio(counts.resolvedOnTime, counts.resolved),
    avgSignForHours: avgSignMinutes === null ? null : avgSignMinutes / 60,
    avgResolveDays: avgResolveMinutes === null ? null : avgResolveMinutes / (24 * 60),
    score,
    overdueOpen: counts.overdueOpen,
  }
}

/** Ranking order: highest score first, unranked (null) last, then by dispatched. */
export function byScore<T extends { figures: Figures }>(a: T, b: T): number {
  const sa = a.figures.score ?? -1
  const sb = b.figures.score ?? -1
  return sb - sa || b.figures.counts.dispatched - a.figures.counts.dispatched
}
