// Shared by the stats tests: a stats call, and the full recomputation the rollups must equal.
import { contribution, rates, sumCounters, zeroCounters, type Counters } from '@/core/figures'
import type { Scope } from '@/core/rollups'
import { localDate } from '@/core/time'
import type { ServiceRequest } from '@/core/types'
import { ok, type Cloud } from './harness'

export const NOV = { from: '2026-11-01', to: '2026-12-01' }

export async function stats(cloud: Cloud, openid: string, action: string, payload: Record<string, unknown> = {}) {
  return ok(await cloud.call('stats', openid, { action, ...(action === 'overdue' ? {} : NOV), ...payload }))
}

/** Every request, straight from the database (tests only: the point of the rollups is not to do this). */
export async function allRequests(cloud: Cloud): Promise<ServiceRequest[]> {
  const out: ServiceRequest[] = []
  for (let skip = 0; ; skip += 1000) {
    const page = (await cloud.db.collection('requests').skip(skip).limit(1000).get()).data
    out.push(...page.map(({ _id, ...rest }: Record<string, unknown>) => ({ ...rest, id: _id }) as ServiceRequest))
    if (page.length < 1000) return out
  }
}

const FIELD = { county: 'countyId', township: 'townshipId', unit: 'assignedUnitId', village: 'villageId' } as const

/** Counters recomputed from the requests: period counters by dispatch date, overdueOpen over all. */
export function recompute(requests: ServiceRequest[], scope: Scope, from: string, to: string): Counters {
  const mine = requests.filter((r) => r[FIELD[scope.type]] === scope.id)
  const inPeriod = mine.filter((r) => r.dispatchedAt && localDate(r.dispatchedAt) >= from && localDate(r.dispatchedAt) < to)
  const period = sumCounters(inPeriod.map(contribution))
  return { ...period, overdueOpen: sumCounters(mine.map(contribution)).overdueOpen }
}

export const expected = (requests: ServiceRequest[], scope: Scope, from = NOV.from, to = NOV.to) =>
  rates(recompute(requests, scope, from, to))

export const counts = (over: Partial<Counters>): Counters => ({ ...zeroCounters(), ...over })
