import type { Page } from '../../src/core/contract'
import { grantSchema, markReadSchema, notificationListSchema, unreadCountSchema } from '../../src/core/notification-schemas'
import type { AppNotification } from '../../src/core/notifications'
import { parseInput } from '../../src/core/schemas'
import { currentUser } from '../_shared/auth'
import { getDb } from '../_shared/cloud'
import { createMain, type ActionHandlers } from '../_shared/envelope'
import { createNotificationRepo } from '../_shared/repos/notifications'
import { grantCredits } from '../_shared/subscribe'

/** A user's own inbox: every query is scoped to the caller's user id, nobody reads another's. */
async function caller() {
  const db = getDb()
  return { db, me: await currentUser(db), inbox: createNotificationRepo(db) }
}

export const main = createMain({
  async list(payload): Promise<Page<AppNotification>> {
    const { cursor } = parseInput(notificationListSchema, payload)
    const { me, inbox } = await caller()
    return inbox.page(me.id, cursor)
  },
  async markRead(payload): Promise<{ updated: number }> {
    const input = parseInput(markReadSchema, payload)
    const { me, inbox } = await caller()
    return { updated: await inbox.markRead(me.id, input.ids ?? 'all') }
  },
  async unreadCount(payload): Promise<{ count: number }> {
    parseInput(unreadCountSchema, payload)
    const { me, inbox } = await caller()
    return { count: await inbox.unreadCount(me.id) }
  },
  async grant(payload): Promise<{ templateKey: string; credits: number }> {
    const { templateKey, count } = parseInput(grantSchema, payload)
    const { db, me } = await caller()
    return { templateKey, credits: await grantCredits(db, me.id, templateKey, count) }
  },
} satisfies ActionHandlers<'notifications'>)
