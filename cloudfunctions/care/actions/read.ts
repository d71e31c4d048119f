import type { Page } from '../../../src/core/contract'
import type { CareTask, CareTaskDetail, CareTaskView } from '../../../src/core/care-types'
import { careListSchema, taskIdSchema } from '../../../src/core/care-schemas'
import { canSeeCareTask, careListFilter, mayReadCheckins, presentTask } from '../../../src/core/care-visibility'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { addDays, localDate } from '../../../src/core/time'
import type { User } from '../../../src/core/types'
import { requireRole } from '../../_shared/auth'
import { callContext, type CallContext } from '../../_shared/context'
import { createCheckinRepo } from '../../_shared/repos/checkins'
import { createCareTaskRepo } from '../../_shared/repos/care-tasks'

/** How far back the liaison working a task sees the cadre's check-ins. */
const RECENT_DAYS = 14

/** Liaisons: the tasks of cadres their unit sent; secretaries: those of their township. County: `summary`. */
export async function list(payload: Record<string, unknown>): Promise<Page<CareTaskView>> {
  const { status, cursor } = parseInput(careListSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'liaison', 'secretary')
  const filter = careListFilter(ctx.actor)
  if (!filter) throw new AppError('AUTH.FORBIDDEN', 'no unit or township to list')
  const page = await createCareTaskRepo(ctx.db).page(status ? { ...filter, status } : filter, cursor)
  // Lists never carry summaries, not even to the liaison working the task (`get` does).
  return { items: page.items.map((t) => presentTask(ctx.actor, t)).map(withoutSummary), cursor: page.cursor }
}

export async function get(payload: Record<string, unknown>): Promise<CareTaskDetail> {
  const { taskId } = parseInput(taskIdSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'liaison', 'secretary')
  const task = await loadVisibleTask(ctx, taskId)
  const checkins = mayReadCheckins(ctx.actor, task)
    ? await createCheckinRepo(ctx.db).between(task.cadreId, addDays(localDate(ctx.now), -RECENT_DAYS), localDate(ctx.now), RECENT_DAYS + 1)
    : null
  return { task: presentTask(ctx.actor, task), checkins, today: localDate(ctx.now) }
}

/** A task the caller may not see answers exactly like one that does not exist. */
export async function loadVisibleTask(ctx: CallContext & { actor: User }, taskId: string): Promise<CareTask> {
  const task = await createCareTaskRepo(ctx.db).byId(taskId)
  if (!task || !canSeeCareTask(ctx.actor, task)) throw new AppError('CARE.NOT_FOUND', 'no such care task')
  return task
}

function withoutSummary(t: CareTaskView): CareTaskView {
  if (!t.talk) return t
  const { summary: _s, ...talk } = t.talk
  return { ...t, talk }
}
