import { createHash, randomBytes } from 'node:crypto'
import { NOTICES, type NotificationDraft } from '../../src/core/notifications'
import type { User } from '../../src/core/types'
import { createAudience } from './audience'
import type { Database } from './cloud'
import { now, nowMs } from './clock'
import { sendIfCredited } from './subscribe'

export const NOTIFICATIONS = 'notifications'

/**
 * The notifier port (SPEC §5): every notification lands in the reader's in-app inbox, the channel
 * that always works; a WeChat subscribe message goes on top only when the reader granted a credit.
 * `key` names the occasion (e.g. request id + version + notice): a retry with the same key adds
 * nothing, so callers may repeat a notification without duplicating it.
 */
export async function notifyUsers(
  db: Database,
  readers: User[],
  draftFor: (reader: User) => NotificationDraft,
  key?: string,
): Promise<number> {
  const unique = [...new Map(readers.map((u) => [u.id, u])).values()]
  let delivered = 0
  for (const reader of unique) {
    const draft = draftFor(reader)
    const { notice, ...words } = draft
    const createdAt = now()
    const id = key ? keyedId(key, reader.id) : freshId()
    try {
      await db.collection(NOTIFICATIONS).add({ data: { _id: id, userId: reader.id, type: NOTICES[notice].type, ...words, read: false, createdAt } })
    } catch (err) {
      if (key && (await db.collection(NOTIFICATIONS).where({ _id: id }).count()).total > 0) continue // already told
      throw err
    }
    delivered += 1
    await sendIfCredited(db, reader, draft, createdAt)
  }
  return delivered
}

/** The same notification to users by id (e.g. the care function's task assignments). */
export async function notify(db: Database, userIds: string[], draft: NotificationDraft, key?: string): Promise<number> {
  const readers = await createAudience(db).byIds(userIds)
  return notifyUsers(db, readers, () => draft, key)
}

function keyedId(key: string, userId: string): string {
  return 'n' + createHash('sha1').update(`${key}|${userId}`).digest('hex').slice(0, 31)
}

/** Sortable by time, so that equal createdAt values still list newest first. */
function freshId(): string {
  return 'n' + nowMs().toString(36).padStart(10, '0') + randomBytes(6).toString('hex')
}
