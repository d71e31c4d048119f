import { recordTalk } from '../../../src/core/care'
import type { CareTaskView } from '../../../src/core/care-types'
import { recordTalkSchema } from '../../../src/core/care-schemas'
import { presentTask, worksTask } from '../../../src/core/care-visibility'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { requireRole } from '../../_shared/auth'
import { callContext } from '../../_shared/context'
import { createCareTaskRepo } from '../../_shared/repos/care-tasks'
import { loadVisibleTask } from './read'

/**
 * The liaison working the task records the talk, which closes it. A task nobody could be assigned
 * to (no liaison in the unit then) is taken by the unit's liaison who records it.
 */
export async function record(payload: Record<string, unknown>): Promise<CareTaskView> {
  const { taskId, ...talk } = parseInput(recordTalkSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'liaison')
  const task = await loadVisibleTask(ctx, taskId)
  const claimable = task.assigneeId === null && task.status === 'open'
  if (!worksTask(ctx.actor, task) && !claimable) throw new AppError('AUTH.FORBIDDEN', 'only the liaison working the task records the talk')
  const next = recordTalk({ ...task, assigneeId: ctx.actor.id }, { ...talk, recordedBy: ctx.actor.id }, ctx.now)
  await createCareTaskRepo(ctx.db).saveIfVersion(next, task.version)
  return presentTask(ctx.actor, next)
}
