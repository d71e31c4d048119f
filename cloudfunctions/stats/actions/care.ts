import { AppError } from '../../../src/core/errors'
import type { Scope } from '../../../src/core/rollups'
import { parseInput } from '../../../src/core/schemas'
import { careStatsSchema } from '../../../src/core/stats-schemas'
import type { CareFigures, NamedScope, Period } from '../../../src/core/stats-types'
import { addDays, localDate } from '../../../src/core/time'
import { careCounts, noCareCounts } from '../../_shared/care/figures'
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
 * tasks by reason (careCounts).
 */
export async function careFigures(ctx: CallContext, scope: NamedScope, { from, to }: Period): Promise<CareFigures> {
  if (scope.type !== 'township' && scope.type !== 'county') {
    throw new AppError('AUTH.FORBIDDEN', 'care figures are kept for townships and counties only')
  }
  const _ = ctx.db.command
  const until = minDate(to, addDays(localDate(ctx.now), 1))
  const workdays = countWorkdays(ctx, from, until)
  const careScope = { type: scope.type, id: scope.id }
  try {
    const counts = await careCounts(ctx.db, careScope, from < until ? _.gte(from).and(_.lt(until)) : null, workdays)
    return { scope, from, to, available: true, workdays, ...counts }
  } catch (err) {
    if (!String((err as Error)?.message ?? err).includes('not exist')) throw err
    return { scope, from, to, available: false, workdays, ...noCareCounts() }
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b)

function countWorkdays(ctx: CallContext, from: string, until: string): number {
  let n = 0
  for (let d = from; d < until; d = addDays(d, 1)) if (ctx.calendar.isWorkday(d)) n += 1
  return n
}
