import type { CareTask } from '../../../src/core/care-types'
import { withPending, type PendingNotices } from '../../../src/core/pending-notices'
import type { Database } from '../../_shared/cloud'
import { CARE_TEXT } from './care-text'
import { notify } from './notify'

/** What a care task announces: assigned (to its liaison), unassigned or overdue (to the township secretaries). */
export type CareNoticeKind = 'assigned' | 'unassigned' | 'overdue'
export type PendingCareNotices = PendingNotices<{ kind: CareNoticeKind }>

/** The task's notice of `kind`, keyed by task, to be stored on the task in the write that causes it. */
export function careNotices(task: CareTask, kind: CareNoticeKind, earlier: PendingCareNotices | null | undefined, at: string): PendingCareNotices | null {
  return withPending(earlier, [{ kind, key: `care-${kind}-${task.id}` }], at, `${task.id}:${task.version}:${kind}`)
}

/** The notice a newly opened task sends: its liaison, or the secretary when the home unit has none. */
export const openedKind = (task: CareTask): CareNoticeKind => (task.assigneeId ? 'assigned' : 'unassigned')

/**
 * Delivers a task's pending notices (keyed: a second delivery tells nobody twice), then clears them
 * unless more were added meanwhile. A failure is logged and left for the scheduler's sweep.
 */
export async function deliverCareNotices(db: Database, task: CareTask, pending: PendingCareNotices): Promise<boolean> {
  try {
    for (const { kind, key } of pending.items) {
      if (kind === 'assigned' && task.assigneeId) {
        await notify(db, [task.assigneeId], { taskId: task.id, ...CARE_TEXT.assigned(task.cadreName, task.dueBy) }, key)
        continue
      }
      const res = await db.collection('users').where({ role: 'secretary', townshipId: task.townshipId, active: true }).limit(100).get()
      const ids = res.data.map((d: Record<string, unknown>) => String(d._id))
      const text = kind === 'overdue' ? CARE_TEXT.overdue(task.cadreName) : CARE_TEXT.unassigned(task.cadreName)
      await notify(db, ids, { taskId: task.id, ...text }, key)
    }
    await db.collection('careTasks').where({ _id: task.id, 'noticesPending.token': pending.token }).update({ data: { noticesPending: null } })
    return true
  } catch (err) {
    console.error('[care notices] left pending for the scheduler', task.id, err)
    return false
  }
}
