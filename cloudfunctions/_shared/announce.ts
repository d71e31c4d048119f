import { requestMessage } from '../../src/core/notification-messages'
import type { PendingRequestNotices } from '../../src/core/pending-notices'
import type { ServiceRequest } from '../../src/core/types'
import { audienceOf, createAudience } from './audience'
import type { Database } from './cloud'
import { notifyUsers } from './notifier'

/**
 * Delivers the request's pending notices, each text written for its reader, then clears them if
 * nobody added more meanwhile. A delivery problem must not turn the saved change into a failure:
 * it is logged, the notices stay pending and the scheduler delivers them. Answers whether all went.
 * `settled`: the change's rollup transaction, which also writes the request: delivery runs beside
 * it, the clearing after it, so that the two writes of the request do not conflict.
 */
export async function deliverNotices(db: Database, req: ServiceRequest, pending: PendingRequestNotices, settled?: Promise<unknown>): Promise<boolean> {
  try {
    const audience = createAudience(db)
    for (const { notice, to, key } of pending.items) {
      const readers = await audienceOf(audience, to, req)
      await notifyUsers(db, readers, (reader) => requestMessage(notice, req, reader), key)
    }
    await settled
    await db.collection('requests').where({ _id: req.id, 'noticesPending.token': pending.token }).update({ data: { noticesPending: null } })
    return true
  } catch (err) {
    console.error('[notices] left pending for the scheduler', req.id, err)
    return false
  }
}
