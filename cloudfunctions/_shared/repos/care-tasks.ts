import type { Page } from '../../../src/core/contract'
import type { CareTask } from '../../../src/core/care-types'
import { AppError } from '../../../src/core/errors'
import { careNotices, deliverCareNotices, openedNotice, type PendingCareNotices } from '../care/notices'
import type { Database } from '../cloud'
import { fromDoc, replaceFields, toDoc } from './docs'
import { jsonCursor, keysetPage } from './keyset'

const TASKS = 'careTasks'
/**
 * One document per cadre with an open task (`_id` = cadreId): the unique key keeps it to one. The
 * lock names the task it guards and, until that task is stored, carries it whole (`draft`,
 * `draftAt`): whoever finds a lock whose task is missing stores the draft (the id is fixed, so two
 * finishers store it once), and a lock whose task is closed is stale and removed. A crash or a failed
 * write between the lock and the task, or between closing and unlocking, so heals itself.
 */
const OPEN = 'careOpen'
export const CARE_PAGE_SIZE = 20
/** `{o: openedAt, i: id}` of the last task of a page. */
const CURSOR = jsonCursor('o')

interface Lock {
  _id: string
  taskId: string
  draft?: Record<string, unknown> | null
  draftAt?: string | null
}

/** A stored task as the domain sees it: the pending notices are storage, not part of the task. */
function toTask(doc: Record<string, unknown>): CareTask {
  return fromDoc<CareTask>(doc, ['noticesPending'])
}

export function createCareTaskRepo(db: Database) {
  const _ = db.command
  const tasks = () => db.collection(TASKS)
  const locks = () => db.collection(OPEN)
  const toTasks = (docs: Record<string, unknown>[]) => docs.map(toTask)
  const rawTask = async (id: string) => ((await tasks().where({ _id: id }).limit(1).get()).data[0] as Record<string, unknown> | undefined) ?? null
  const byId = async (id: string) => {
    const doc = await rawTask(id)
    return doc ? toTask(doc) : null
  }

  /** Stores the task a lock carries (once, whoever gets there first), unlocks the draft, tells. */
  async function finishDraft(lock: Lock): Promise<CareTask> {
    const doc = lock.draft as Record<string, unknown>
    try {
      await tasks().add({ data: doc })
    } catch (err) {
      if (!(await rawTask(lock.taskId))) throw err // not stored by someone else: a real failure
    }
    await locks().where({ _id: lock._id, taskId: lock.taskId }).update({ data: { draft: null, draftAt: null } })
    const stored = (await rawTask(lock.taskId)) ?? doc
    const pending = stored.noticesPending as PendingCareNotices | null | undefined
    const task = toTask(stored)
    if (pending) await deliverCareNotices(db, task, pending)
    return task
  }

  return {
    byId,

    /** The cadre's open task, if any; finishes a half-stored one and drops a stale lock on the way. */
    async openOf(cadreId: string): Promise<CareTask | null> {
      const lock = (await locks().where({ _id: cadreId }).limit(1).get()).data[0] as Lock | undefined
      if (!lock) return null
      const task = await byId(lock.taskId)
      if (task?.status === 'open') return task
      if (!task && lock.draft) return finishDraft(lock)
      await locks().where({ _id: cadreId, taskId: lock.taskId }).remove() // its task was closed (or never came)
      return null
    },

    /**
     * Stores a new open task with its assignment notice, then delivers it; false when the cadre has
     * a lock already (a concurrent signal won, or a lock to heal: `openOf` sees to it).
     */
    async insertOpen(task: CareTask, now: string): Promise<boolean> {
      const draft = { ...toDoc(task), noticesPending: careNotices(task, openedNotice(task), null, now) }
      const lock: Lock = { _id: task.cadreId, taskId: task.id, draft, draftAt: now }
      try {
        await locks().add({ data: lock })
      } catch (err) {
        if ((await locks().where({ _id: task.cadreId }).limit(1).get()).data.length > 0) return false
        throw err
      }
      await finishDraft(lock)
      return true
    },

    /** Locks whose task was not stored by the call that took them (it died): oldest first, one page. */
    async draftsBefore(cutoff: string): Promise<number> {
      const res = await locks().where({ draftAt: _.lt(cutoff) }).orderBy('draftAt', 'asc').limit(100).get()
      let finished = 0
      for (const lock of res.data as Lock[]) {
        try {
          await finishDraft(lock)
          finished += 1
        } catch (err) {
          console.error('[care] draft left for the next run', lock._id, err) // one bad lock must not stop the run
        }
      }
      return finished
    },

    /** Tasks whose notices a cut-off call left undelivered: delivers them, one page; answers how many. */
    async deliverLeftovers(cutoff: string): Promise<number> {
      const res = await tasks().where({ 'noticesPending.at': _.lt(cutoff) }).orderBy('noticesPending.at', 'asc').limit(100).get()
      let delivered = 0
      for (const doc of res.data as Record<string, unknown>[]) {
        if (await deliverCareNotices(db, toTask(doc), doc.noticesPending as PendingCareNotices)) delivered += 1
      }
      return delivered
    },

    /** Writes `next` only if the stored task is still at `expectedVersion`. */
    async saveIfVersion(next: CareTask, expectedVersion: number): Promise<void> {
      const { id: _id, ...fields } = next
      const res = await tasks().where({ _id: next.id, version: expectedVersion }).update({ data: replaceFields(db, fields) })
      if (res.stats.updated !== 1) throw new AppError('CARE.BAD_STATE', 'the care task was changed by someone else')
      if (next.status !== 'closed') return
      try {
        await locks().where({ _id: next.cadreId, taskId: next.id }).remove()
      } catch (err) {
        // the talk is recorded; a lock left on a closed task is dropped by the next signal (openOf)
        console.error('[care] lock left on closed task', next.id, err)
      }
    },

    /** When the cadre's latest talk was recorded; check-ins before it no longer count to a streak. */
    async lastClosedAt(cadreId: string): Promise<string | null> {
      const res = await tasks().where({ cadreId, status: 'closed' }).orderBy('closedAt', 'desc').limit(1).field({ closedAt: true }).get()
      return (res.data[0]?.closedAt as string | undefined) ?? null
    },

    /** Open tasks and the latest assignment of each liaison, for least-loaded routing. */
    async liaisonLoads(liaisonIds: string[]) {
      return Promise.all(
        liaisonIds.map(async (userId) => {
          const open = await tasks().where({ assigneeId: userId, status: 'open' }).count()
          const latest = await tasks().where({ assigneeId: userId }).orderBy('openedAt', 'desc').limit(1).field({ openedAt: true }).get()
          return { userId, openCount: open.total as number, lastAssignedAt: (latest.data[0]?.openedAt as string | undefined) ?? null }
        }),
      )
    },

    /** Open tasks past due whose secretary was not told yet, one page. */
    async overdueUnnotified(now: string): Promise<CareTask[]> {
      const res = await tasks().where({ status: 'open', dueBy: _.lt(now), overdueNotifiedAt: null }).orderBy('dueBy', 'asc').limit(100).get()
      return toTasks(res.data)
    },

    /**
     * Marks the task overdue-notified and carries the notice in the same write, then delivers it;
     * false when another run did it first. A run cut off in between leaves it for the sweep.
     */
    async markOverdueNotified(task: CareTask, now: string): Promise<boolean> {
      const earlier = (await rawTask(task.id))?.noticesPending as PendingCareNotices | null | undefined
      const pending = careNotices(task, 'careOverdue', earlier, now)!
      const res = await tasks()
        .where({ _id: task.id, status: 'open', overdueNotifiedAt: null })
        .update({ data: { overdueNotifiedAt: now, noticesPending: _.set(pending) } })
      if (res.stats.updated !== 1) return false
      await deliverCareNotices(db, { ...task, overdueNotifiedAt: now }, pending)
      return true
    },

    /** Newest first, keyset-paged. */
    page(filter: Record<string, unknown>, cursor: string | undefined): Promise<Page<CareTask>> {
      return keysetPage(db, { collection: TASKS, filter, field: 'openedAt', size: CARE_PAGE_SIZE, cursor, codec: CURSOR, map: toTask })
    },

    count: async (where: Record<string, unknown>): Promise<number> => (await tasks().where(where).count()).total,
  }
}

export type CareTaskRepo = ReturnType<typeof createCareTaskRepo>
