import type { CareTask } from '../../../src/core/care-types'
import { careTaskMessage } from '../../../src/core/notification-messages'
import type { CareTaskNotice } from '../../../src/core/notifications'
import { withPending, type PendingNotices } from '../../../src/core/pending-notices'
import type { Database } from '../cloud'
import { notify } from '../notifier'
import { createUserRepo } from '../repos/users'

/** What a care task announces: assigned (to its liaison), unassigned or overdue (to the township secretaries). */
export type PendingCareNotices = PendingNotices<{ notice: CareTaskNotice }>

/** The task's notice, keyed by task, to be stored on the task in the write that causes it. */
export function careNotices(task: CareTask, notice: CareTaskNotice, earlier: PendingCareNotices | null | undefined, at: string): PendingCareNotices | null {
  return withPending(earlier, [{ notice, key: `${notice}-${task.id}` }], at, `${task.id}:${task.version}:${notice}`)
}

/** The notice a newly opened task sends: its liaison, or the secretary when the home unit has none. */
export const openedNotice = (task: CareTask): CareTaskNotice => (task.assigneeId ? 'careAssigned' : 'careUnassigned')

/**
 * Delivers a task's pending notices through the notifier (inbox + subscribe message; keyed, so a
 * second delivery tells nobody twice), then clears them unless more were added meanwhile. A
 * failure is logged and left for the scheduler's sweep.
 */
export async function deliverCareNotices(db: Database, task: CareTask, pending: PendingCareNotices): Promise<boolean> {
  try {
    for (const item of pending.items) {
      // an assignment the task no longer has (handed over to nobody meanwhile) goes to the township
      const notice = item.notice === 'careAssigned' && !task.assigneeId ? 'careUnassigned' : item.notice
      const to = notice === 'careAssigned' ? [task.assigneeId!] : await secretariesOf(db, task.townshipId)
      if (to.length > 0) await notify(db, to, careTaskMessage(notice, task), item.key)
    }
    await db.collection('careTasks').where({ _id: task.id, 'noticesPending.token': pending.token }).update({ data: { noticesPending: null } })
    return true
  } catch (err) {
    console.error('[care notices] left pending for the scheduler', task.id, err)
    return false
  }
}

async function secretariesOf(db: Database, townshipId: string): Promise<string[]> {
  return (await createUserRepo(db).activeSecretaries(townshipId)).map((u) => u.id)
}
