import type { Page } from '../../../src/core/contract'
import type { AppNotification } from '../../../src/core/notifications'
import type { Database } from '../cloud'
import { NOTIFICATIONS } from '../notifier'
import { fromDoc } from './docs'
import { jsonCursor, keysetPage } from './keyset'

export const NOTIFICATION_PAGE_SIZE = 20
/** `{c: createdAt, i: id}` of the last notification of a page. */
const CURSOR = jsonCursor('c')

/** One user's inbox (indexes: `{userId, createdAt}`, `{userId, read}`). */
export function createNotificationRepo(db: Database) {
  const _ = db.command
  const coll = () => db.collection(NOTIFICATIONS)
  return {
    /** Newest first, keyset-paged. */
    page(userId: string, cursor: string | undefined): Promise<Page<AppNotification>> {
      const map = (d: Record<string, unknown>) => fromDoc<AppNotification>(d)
      return keysetPage(db, { collection: NOTIFICATIONS, filter: { userId }, field: 'createdAt', size: NOTIFICATION_PAGE_SIZE, cursor, codec: CURSOR, map })
    },
    async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
      const where = ids === 'all' ? { userId, read: false } : { userId, read: false, _id: _.in(ids) }
      const res = await coll().where(where).update({ data: { read: true } })
      return res.stats.updated
    },
    async unreadCount(userId: string): Promise<number> {
      return (await coll().where({ userId, read: false }).count()).total
    },
  }
}
