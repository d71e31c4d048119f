import type { Page } from '../../../src/core/contract'
import type { CareTask } from '../../../src/core/care-types'
import { AppError } from '../../../src/core/errors'
import type { Database } from '../../_shared/cloud'
import { fromDoc, getById, replaceFields, toDoc } from '../../_shared/repos/docs'

const TASKS = 'careTasks'
/** One document per cadre with an open task (`_id` = cadreId): the unique key keeps it to one. */
const OPEN = 'careOpen'
export const CARE_PAGE_SIZE = 20

export function createCareTaskRepo(db: Database) {
  const _ = db.command
  const tasks = () => db.collection(TASKS)
  const toTasks = (docs: Record<string, unknown>[]) => docs.map((d) => fromDoc<CareTask>(d))

  return {
    byId: (id: string) => getById<CareTask>(db, TASKS, id),

    /** The cadre's open task, if any. */
    async openOf(cadreId: string): Promise<CareTask | null> {
      const lock = await db.collection(OPEN).where({ _id: cadreId }).limit(1).get()
      const taskId = lock.data[0]?.taskId as string | undefined
      return taskId ? getById<CareTask>(db, TASKS, taskId) : null
    },

    /** Stores a new open task; false when the cadre has one already (a concurrent signal won). */
    async insertOpen(task: CareTask): Promise<boolean> {
      try {
        await db.collection(OPEN).add({ data: { _id: task.cadreId, taskId: task.id } })
      } catch (err) {
        if (await getById(db, OPEN, task.cadreId)) return false
        throw err
      }
      await tasks().add({ data: toDoc(task) })
      return true
    },

    /** Writes `next` only if the stored task is still at `expectedVersion`. */
    async saveIfVersion(next: CareTask, expectedVersion: number): Promise<void> {
      const { id: _id, ...fields } = next
      const res = await tasks().where({ _id: next.id, version: expectedVersion }).update({ data: replaceFields(db, fields) })
      if (res.stats.updated !== 1) throw new AppError('CARE.BAD_STATE', 'the care task was changed by someone else')
      if (next.status === 'closed') await db.collection(OPEN).where({ _id: next.cadreId, taskId: next.id }).remove()
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

    /** Marks the overdue notice sent; false when another run did it first. */
    async markOverdueNotified(id: string, now: string): Promise<boolean> {
      const res = await tasks().where({ _id: id, status: 'open', overdueNotifiedAt: null }).update({ data: { overdueNotifiedAt: now } })
      return res.stats.updated === 1
    },

    /** Newest first, keyset-paged. */
    async page(filter: Record<string, unknown>, cursor: string | undefined): Promise<Page<CareTask>> {
      const after = cursor ? decodeCursor(cursor) : null
      const where = after ? _.and([filter, _.or([{ openedAt: _.lt(after.o) }, { openedAt: after.o, _id: _.lt(after.i) }])]) : filter
      const res = await tasks().where(where).orderBy('openedAt', 'desc').orderBy('_id', 'desc').limit(CARE_PAGE_SIZE + 1).get()
      const items = toTasks(res.data.slice(0, CARE_PAGE_SIZE))
      const last = items[items.length - 1]
      const more = res.data.length > CARE_PAGE_SIZE && last
      return { items, cursor: more ? Buffer.from(JSON.stringify({ o: last.openedAt, i: last.id })).toString('base64url') : null }
    },

    count: async (where: Record<string, unknown>): Promise<number> => (await tasks().where(where).count()).total,
  }
}

export type CareTaskRepo = ReturnType<typeof createCareTaskRepo>

function decodeCursor(raw: string): { o: string; i: string } {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (typeof c?.o === 'string' && typeof c?.i === 'string') return c
  } catch {
    // reported below
  }
  throw new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })
}
