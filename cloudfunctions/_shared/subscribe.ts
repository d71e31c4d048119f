import { NOTICES, type NotificationDraft, type TemplateKey } from '../../src/core/notifications'
import { shortTime } from '../../src/core/notification-messages'
import type { User } from '../../src/core/types'
import { getCloud, type Database } from './cloud'
import { now } from './clock'

/** One document per user and template: `{_id: userId.templateKey, userId, templateKey, credits}`. */
export const CREDITS = 'subscribeCredits'
/** A user cannot bank more sends than this per template, however often they tap. */
export const MAX_CREDITS = 50

export const creditId = (userId: string, key: TemplateKey) => `${userId}.${key}`

/**
 * The WeChat template id of a key: set `TEMPLATE_ID_<key>` (e.g. TEMPLATE_ID_newRequest) in the
 * function's environment to the ids chosen in the mini program console; the key stands in locally.
 */
export function templateIdOf(key: TemplateKey): string {
  return process.env[`TEMPLATE_ID_${key}`] || key
}

/** Adds credits the user granted by a tap; answers the credits now held. */
export async function grantCredits(db: Database, userId: string, key: TemplateKey, count: number): Promise<number> {
  const _ = db.command
  const id = creditId(userId, key)
  const coll = db.collection(CREDITS)
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await coll.where({ _id: id }).update({ data: { credits: _.inc(count), updatedAt: now() } })
    if (res.stats.updated === 0) {
      try {
        await coll.add({ data: { _id: id, userId, templateKey: key, credits: count, updatedAt: now() } })
      } catch {
        continue // someone created it meanwhile: increment that one
      }
    }
    const doc = (await coll.where({ _id: id }).get()).data[0]
    const credits = Number(doc?.credits ?? 0)
    if (credits <= MAX_CREDITS) return credits
    await coll.where({ _id: id }).update({ data: { credits: MAX_CREDITS } })
    return MAX_CREDITS
  }
  throw new Error('could not record the subscribe credit')
}

/**
 * Sends the subscribe message only when the user holds a credit for its template, spending it
 * first (a conditional update, so two senders cannot spend one credit). A failed send refunds it.
 */
export async function sendIfCredited(db: Database, user: User, draft: NotificationDraft, createdAt: string): Promise<boolean> {
  const _ = db.command
  const key = NOTICES[draft.notice].template
  const id = creditId(user.id, key)
  // most readers hold no credit: a read answers them without a write
  const held = (await db.collection(CREDITS).where({ _id: id }).limit(1).get()).data[0] as { credits?: number } | undefined
  if (!(Number(held?.credits) > 0)) return false
  const spent = await db.collection(CREDITS).where({ _id: id, credits: _.gt(0) }).update({ data: { credits: _.inc(-1) } })
  if (spent.stats.updated !== 1) return false
  try {
    await openapi().subscribeMessage.send({
      touser: user.openid,
      templateId: templateIdOf(key),
      page: draft.requestId ? `features/requests/pages/detail/index?id=${draft.requestId}` : 'features/notifications/pages/index/index',
      data: { thing1: { value: clip(draft.title) }, thing2: { value: clip(draft.body) }, time3: { value: shortTime(createdAt) } },
      miniprogramState: process.env.MINIPROGRAM_STATE || 'formal',
    })
    return true
  } catch (err) {
    console.error('[subscribeMessage.send]', err)
    await db.collection(CREDITS).where({ _id: id }).update({ data: { credits: _.inc(1) } })
    return false
  }
}

interface OpenApi {
  subscribeMessage: { send(msg: Record<string, unknown>): Promise<unknown> }
}

/** wx-server-sdk's openapi namespace (locally, the runtime routes it to the `outbox` collection). */
function openapi(): OpenApi {
  return (getCloud() as unknown as { openapi: OpenApi }).openapi
}

/** A `thing` field of a template holds at most 20 characters. */
function clip(s: string): string {
  return s.length > 20 ? s.slice(0, 19) + '…' : s
}
