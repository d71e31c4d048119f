import { rates } from '../../../src/core/figures'
import type { Scope } from '../../../src/core/rollups'
import { breakdownSchema, overviewSchema } from '../../../src/core/stats-schemas'
import { parseInput } from '../../../src/core/schemas'
import { AppError } from '../../../src/core/errors'
import type { Breakdown, BreakdownBy, Overview } from '../../../src/core/stats-types'
import { callContext, type CallContext } from '../../_shared/context'
import { DIMENSIONS } from '../../../src/core/rollups'
import { breakdownCounters, loadPeriod, toRows, totals } from '../read-figures'
import { namesOf, resolveScope } from '../scope'

/** `overview {scope?, from, to}`: the figures of SPEC §6 for one scope and period. */
export async function overview(payload: Record<string, unknown>): Promise<Overview> {
  const { scope: asked, from, to } = parseInput(overviewSchema, payload)
  const ctx = await callContext()
  const scope = await resolveScope(ctx, asked as Scope | undefined)
  const loaded = await loadPeriod(ctx.db, scope, { from, to })
  return { scope, from, to, figures: rates(totals(loaded), ctx.settings.weights) }
}

/** `breakdown {scope?, from, to, by}`: one row per unit, township, village, category or month. */
export async function breakdown(payload: Record<string, unknown>): Promise<Breakdown> {
  const { scope: asked, from, to, by: raw } = parseInput(breakdownSchema, payload)
  const by = raw as BreakdownBy
  const ctx = await callContext()
  const scope = await resolveScope(ctx, asked as Scope | undefined)
  return computeBreakdown(ctx, scope, { from, to }, by)
}

export async function computeBreakdown(ctx: CallContext, scope: Breakdown['scope'], period: { from: string; to: string }, by: BreakdownBy): Promise<Breakdown> {
  if (by !== 'month' && !(DIMENSIONS[scope.type] as readonly string[]).includes(by)) {
    throw new AppError('INPUT.INVALID', `no breakdown by ${by} inside a ${scope.type}`, { by: `Not available for a ${scope.type}` })
  }
  const loaded = await loadPeriod(ctx.db, scope, period)
  const counters = breakdownCounters(loaded, by)
  const ids = [...counters.keys()]
  const names = by === 'unit' ? await namesOf(ctx, 'unit', ids) : by === 'township' || by === 'village' ? await namesOf(ctx, 'region', ids) : new Map<string, string>()
  return { scope, ...period, by, rows: toRows(counters, by, names, ctx.settings.weights) }
}
