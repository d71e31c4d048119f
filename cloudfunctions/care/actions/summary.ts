import type { Calendar } from '../../../src/core/calendar'
import type { CareScope, CareSummary } from '../../../src/core/care-types'
import { AppError } from '../../../src/core/errors'
import { emptySchema, parseInput } from '../../../src/core/schemas'
import { addDays, localDate } from '../../../src/core/time'
import { requireRole } from '../../_shared/auth'
import { careCounts, careScopeKey } from '../../_shared/care/figures'
import { callContext, type CallContext } from '../../_shared/context'
import { createCareTaskRepo } from '../../_shared/repos/care-tasks'

/** The check-in rate is taken over this many working days up to today. */
const RATE_WORKDAYS = 5

/** Counts only (secretary: own township; county staff: own county), computed by counting queries. */
export async function summary(payload: Record<string, unknown>): Promise<CareSummary> {
  parseInput(emptySchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'secretary', 'county')
  const scope = scopeOf(ctx)
  const key = careScopeKey(scope)
  const _ = ctx.db.command
  const today = localDate(ctx.now)
  const workdays = lastWorkdays(ctx.calendar, today, RATE_WORKDAYS)
  const tasks = createCareTaskRepo(ctx.db)
  const open = { [key]: scope.id, status: 'open' }

  const [counts, overdueTasks, closedLast30Days] = await Promise.all([
    careCounts(ctx.db, scope, _.in(workdays), workdays.length),
    tasks.count({ ...open, dueBy: _.lt(ctx.now) }),
    tasks.count({ [key]: scope.id, status: 'closed', closedAt: _.gte(`${addDays(today, -30)}T00:00:00.000+08:00`) }),
  ])
  return { scope, workdays, ...counts, overdueTasks, closedLast30Days }
}

function scopeOf(ctx: CallContext): CareScope {
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
