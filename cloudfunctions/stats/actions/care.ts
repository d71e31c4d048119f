import { CARE_REASONS, type CareReason } from '../../../src/core/care-types'
import { AppError } from '../../../src/core/errors'
import type { Scope } from '../../../src/core/rollups'
import { parseInput } from '../../../src/core/schemas'
import { careStatsSchema } from '../../../src/core/stats-schemas'
import type { CareFigures, NamedScope, Period } from '../../../src/core/stats-types'
import { addDays, localDate } from '../../../src/core/time'
import { callContext, type CallContext } from '../../_shared/context'
import { resolveScope } from '../scope'

/** `care {scope?, from, to}`: counts only, for a township or a county (SPEC §4, §6). */
export async function care(payload: Record<string, unknown>): Promise<CareFigures> {
  const { scope: asked, from, to } = parseInput(careStatsSchema, payload)
  const ctx = await callContext()
  const scope = await resolveScope(ctx, asked as Scope | undefined)
  return careFigures(ctx, scope, { from, to })
}

/**
 * Check-in rate = check-ins ÷ (active cadres × working days of the period up to today); open care
 * tasks by reason. Counting queries on the care collections' indexes ({townshipId|countyId, date},
 * {townshipId|countyId, status}); nothing is loaded.
 */
export async function careFigures(ctx: CallContext, scope: NamedScope, { from, to }: Period): Promise<CareFigures> {
  if (scope.type !== 'township' && scope.type !== 'county') {
    throw new AppError('AUTH.FORBIDDEN', 'care figures are kept for townships and counties only')
  }
  const key = scope.type === 'township' ? 'townshipId' : 'countyId'
  const _ = ctx.db.command
  const until = minDate(to, addDays(localDate(ctx.now), 1))
  const workdays = countWorkdays(ctx, from, until)
  const open = { [key]: scope.id, status: 'open' }
  const count = async (coll: string, where: Record<string, unknown>) => (await ctx.db.collection(coll).where(where).count()).total as number
  try {
    const [cadres, checkins, openTasks, ...byReason] = await Promise.all([
      countCadres(ctx, scope),
      from < until ? count('checkins', { [key]: scope.id, date: _.gte(from).and(_.lt(until)) }) : 0,
      count('careTasks', open),
      ...CARE_REASONS.map((reason) => count('careTasks', { ...open, 'reasons.reason': reason })),
    ])
    const denominator = cadres * workdays
    return {
      scope, from, to, available: true, cadres, workdays, checkins,
      checkinRate: denominator > 0 ? Math.min(1, checkins / denominator) : null,
      openTasks,
      openByReason: Object.fromEntries(CARE_REASONS.map((r, i) => [r, byReason[i]])) as Record<CareReason, number>,
    }
  } catch (err) {
    if (!String((err as Error)?.message ?? err).includes('not exist')) throw err
    const none = Object.fromEntries(CARE_REASONS.map((r) => [r, 0])) as Record<CareReason, number>
    return { scope, from, to, available: false, cadres: 0, workdays, checkins: 0, checkinRate: null, openTasks: 0, openByReason: none }
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b)

function countWorkdays(ctx: CallContext, from: string, until: string): number {
  let n = 0
  for (let d = from; d < until; d = addDays(d, 1)) if (ctx.calendar.isWorkday(d)) n += 1
  return n
}

/** Active cadres stationed in the scope's villages. */
async function countCadres(ctx: CallContext, scope: NamedScope): Promise<number> {
  const _ = ctx.db.command
  const regions = ctx.db.collection('regions')
  const townships = scope.type === 'township' ? [scope.id] : (await regions.where({ parentId: scope.id, level: 'township' }).limit(1000).get()).data.map((r: { _id: string }) => r._id)
  if (townships.length === 0) return 0
  const villages = (await regions.where({ parentId: _.in(townships), level: 'village' }).limit(1000).get()).data.map((r: { _id: string }) => r._id)
  if (villages.length === 0) return 0
  return (await ctx.db.collection('users').where({ role: 'cadre', active: true, villageId: _.in(villages) }).count()).total
}
