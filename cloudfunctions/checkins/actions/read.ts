import type { Page } from '../../../src/core/contract'
import type { Checkin } from '../../../src/core/care-types'
import { rangeSchema } from '../../../src/core/care-schemas'
import { AppError } from '../../../src/core/errors'
import { emptySchema, parseInput } from '../../../src/core/schemas'
import { addDays, localDate } from '../../../src/core/time'
import { requireRole } from '../../_shared/auth'
import { callContext } from '../../_shared/context'
import { createCheckinRepo } from '../../_shared/repos/checkins'

const DEFAULT_DAYS = 30
const MAX_DAYS = 366

/** The cadre's own check-ins, newest first; 30 days up to today unless a range is given. */
export async function mine(payload: Record<string, unknown>): Promise<Page<Checkin>> {
  const range = parseInput(rangeSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const to = range.to ?? localDate(ctx.now)
  const from = range.from ?? addDays(to, -(DEFAULT_DAYS - 1))
  if (from > to || addDays(from, MAX_DAYS) < to) throw new AppError('INPUT.INVALID', 'range of 1 to 366 days', { from: 'bad range' })
  return { items: await createCheckinRepo(ctx.db).between(ctx.actor.id, from, to), cursor: null }
}

export interface TodayAnswer {
  date: string
  /** today's check-in, when there is one */
  checkin: Checkin | null
  /** the answers the form opens with: today's, or else the latest */
  prefill: Checkin | null
}

export async function today(payload: Record<string, unknown>): Promise<TodayAnswer> {
  parseInput(emptySchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const date = localDate(ctx.now)
  const latest = await createCheckinRepo(ctx.db).latest(ctx.actor.id)
  return { date, checkin: latest?.date === date ? latest : null, prefill: latest }
}
