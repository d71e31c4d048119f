import type { Calendar } from '../../../src/core/calendar'
import { CARE_REASONS, type CareReason, type CareSummary } from '../../../src/core/care-types'
import { AppError } from '../../../src/core/errors'
import { emptySchema, parseInput } from '../../../src/core/schemas'
import { addDays, localDate } from '../../../src/core/time'
import { requireRole } from '../../_shared/auth'
import { callContext, type CallContext } from '../../_shared/context'
import { createCheckinRepo } from '../lib/checkin-repo'
import { createCareTaskRepo } from '../lib/task-repo'

/** The check-in rate is taken over this many working days up to today. */
const RATE_WORKDAYS = 5

/** Counts only (secretary: own township; county staff: own county), computed by counting queries. */
export async function summary(payload: Record<string, unknown>): Promise<CareSummary> {
  parseInput(emptySchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'secretary', 'county')
  const scope = scopeOf(ctx)
  const key = scope.type === 'township' ? 'townshipId' : 'countyId'
  const _ = ctx.db.command
  const today = localDate(ctx.now)
  const workdays = lastWorkdays(ctx.calendar, today, RATE_WORKDAYS)
  const tasks = createCareTaskRepo(ctx.db)
  const open = { [key]: scope.id, status: 'open' }

  const [cadres, checkins, openTasks, overdueTasks, closedLast30Days, ...byReason] = await Promise.all([
    countCadres(ctx, scope),
    createCheckinRepo(ctx.db).count({ [key]: scope.id, date: _.in(workdays) }),
    tasks.count(open),
    tasks.count({ ...open, dueBy: _.lt(ctx.now) }),
    tasks.count({ [key]: scope.id, status: 'closed', closedAt: _.gte(`${addDays(today, -30)}T00:00:00.000+08:00`) }),
    ...CARE_REASONS.map((reason) => tasks.count({ ...open, 'reasons.reason': reason })),
  ])
  const denominator = cadres * workdays.length
  return {
    scope,
    workdays,
    cadres,
    checkins,
    checkinRate: denominator > 0 ? Math.min(1, checkins / denominator) : null,
    openTasks,
    overdueTasks,
    openByReason: Object.fromEntries(CARE_REASONS.map((r, i) => [r, byReason[i]])) as Record<CareReason, number>,
    closedLast30Days,
  }
}

function scopeOf(ctx: CallContext): CareSummary['scope'] {
  const { actor } = ctx
  if (actor.role === 'secretary' && actor.townshipId) return { type: 'township', id: actor.townshipId }
  if (actor.role === 'county' && actor.countyId) return { type: 'county', id: actor.countyId }
  throw new AppError('AUTH.FORBIDDEN', 'no township or county to summarise')
}

/** The last n working days up to and including today, oldest first. */
function lastWorkdays(calendar: Calendar, today: string, n: number): string[] {
  const out: string[] = []
  for (let d = today; out.length < n; d = addDays(d, -1)) if (calendar.isWorkday(d)) out.unshift(d)
  return out
}

/** Active cadres stationed in the scope's villages. */
async function countCadres(ctx: CallContext, scope: CareSummary['scope']): Promise<number> {
  const _ = ctx.db.command
  const regions = ctx.db.collection('regions')
  const townships =
    scope.type === 'township' ? [scope.id] : (await regions.where({ parentId: scope.id, level: 'township' }).limit(1000).get()).data.map((r: { _id: string }) => r._id)
  if (townships.length === 0) return 0
  const villages = (await regions.where({ parentId: _.in(townships), level: 'village' }).limit(1000).get()).data.map((r: { _id: string }) => r._id)
  if (villages.length === 0) return 0
  return (await ctx.db.collection('users').where({ role: 'cadre', active: true, villageId: _.in(villages) }).count()).total
}
