import type { DeactivateResult } from '../../../src/core/admin-types'
import { deactivateSchema } from '../../../src/core/admin-schemas'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { currentUser, requireRole } from '../../_shared/auth'
import { getDb } from '../../_shared/cloud'
import type { ActionHandlers } from '../../_shared/envelope'
import { deactivateUser } from '../../_shared/handover'
import { createUserRepo } from '../../_shared/repos/users'

/**
 * `deactivate {userId}` (admin): the user's calls get AUTH.INACTIVE from now on, and their open
 * requests and care tasks go to another liaison of the unit (or back to dispatch). Again on the
 * same user finishes a handover a cut-off call left, and otherwise changes nothing.
 */
async function deactivate(payload: Record<string, unknown>): Promise<DeactivateResult> {
  const { userId } = parseInput(deactivateSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireRole(actor, 'admin')
  if (userId === actor.id) throw new AppError('INPUT.INVALID', 'cannot deactivate oneself', { userId: '不能停用自己' })
  if (!(await createUserRepo(db).byId(userId))) throw new AppError('INPUT.INVALID', 'no such user', { userId: '用户不存在' })
  const { requests, careTasks } = await deactivateUser(db, userId, actor.id)
  return { userId, requests, careTasks }
}

export const deactivateActions = { deactivate } satisfies Partial<ActionHandlers<'admin'>>
