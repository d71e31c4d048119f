import type { HealthFile } from '../../../src/core/care-types'
import { healthFileSchema, updateHealthFileSchema } from '../../../src/core/care-schemas'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { localDate } from '../../../src/core/time'
import { requireRole } from '../../_shared/auth'
import { callContext } from '../../_shared/context'
import { createHealthRepo } from '../../_shared/repos/health-files'

/** The cadre's own file; a liaison of the cadre's home unit may read it. */
export async function healthFile(payload: Record<string, unknown>): Promise<HealthFile> {
  const { cadreId } = parseInput(healthFileSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre', 'liaison')
  if (ctx.actor.role === 'cadre') {
    if (cadreId && cadreId !== ctx.actor.id) throw new AppError('AUTH.FORBIDDEN', 'only your own health file')
    return createHealthRepo(ctx.db).of(ctx.actor.id)
  }
  const cadre = cadreId ? await ctx.users.byId(cadreId) : null
  if (!cadre || cadre.role !== 'cadre' || !ctx.actor.unitId || cadre.homeUnitId !== ctx.actor.unitId) {
    throw new AppError('CARE.NOT_FOUND', 'no such cadre of your unit')
  }
  return createHealthRepo(ctx.db).of(cadre.id)
}

export async function updateHealthFile(payload: Record<string, unknown>): Promise<HealthFile> {
  const input = parseInput(updateHealthFileSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const repo = createHealthRepo(ctx.db)
  const year = Number(localDate(ctx.now).slice(0, 4))
  const old = await repo.of(ctx.actor.id)
  // Leave counts are per year: a new year starts from what is entered now.
  const base = old.leaveYear === year ? old : { ...old, leaveEntitled: null, leaveTaken: null }
  const next: HealthFile = { ...base, ...input, leaveYear: year, updatedAt: ctx.now }
  if (next.leaveEntitled !== null && next.leaveTaken !== null && next.leaveTaken > next.leaveEntitled) {
    throw new AppError('INPUT.INVALID', 'more leave taken than entitled', { leaveTaken: 'more than entitled' })
  }
  await repo.put(next)
  return next
}
