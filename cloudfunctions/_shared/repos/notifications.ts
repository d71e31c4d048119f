import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import type { AppNotification } from '../../../src/core/notifications'
import type { Database } from '../cloud'
import { NOTIFICATIONS } from '../notifier'
import { fromDoc } from './docs'

export const NOTIFICATION_PAGE_SIZE = 20

/** One user's inbox (indexes: `{userId, createdAt}`, `{userId, read}`). */
export function createNotificationRepo(db: Database) {
  const _ = db.command
  const coll = () => db.collection(NOTIFICATIONS)
  return {
    /** Newest first, keyset-paged. */
    async page(userId: string, cursor: string | undefined): Promise<Page<AppNotification>> {
      const after = cursor ? decodeCursor(cursor) : null
      const where = after
        ? _.and([{ userId }, _.or([{ createdAt: _.lt(after.c) }, { createdAt: after.c, _id: _.lt(after.i) }])])
        : { userId }
      const res = await coll().where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(NOTIFICATION_PAGE_SIZE + 1).get()
      const items = res.data.slice(0, NOTIFICATION_PAGE_SIZE).map((d: Record<string, unknown>) => fromDoc<AppNotification>(d))
      const last = items[items.length - 1]
      const more = res.data.length > NOTIFICATION_PAGE_SIZE && last
      return { items, cursor: more ? Buffer.from(JSON.stringify({ c: last.createdAt, i: last.id })).toString('base64url') : null }
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

function decodeCursor(raw: string): { c: string; i: string } {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (typeof c?.c === 'string' && typeof c?.i === 'string') return c
  } catch {
    // fall through
  }
  throw new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })
}
