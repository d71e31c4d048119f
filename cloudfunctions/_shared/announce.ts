import { requestMessage } from '../../src/core/notification-messages'
import type { Notice } from '../../src/core/request-notices'
import type { ServiceRequest } from '../../src/core/types'
import { audienceOf, createAudience } from './audience'
import type { Database } from './cloud'
import { notifyUsers } from './notifier'

/**
 * Delivers a request's notices, each text written for its reader. Keyed by the request's version,
 * so announcing the same change twice tells nobody twice.
 */
export async function announce(db: Database, req: ServiceRequest, notices: Notice[]): Promise<void> {
  const audience = createAudience(db)
  for (const { notice, to } of notices) {
    const readers = await audienceOf(audience, to, req)
    await notifyUsers(db, readers, (reader) => requestMessage(notice, req, reader), `${req.id}:${req.version}:${notice}:${to}`)
  }
}

/**
 * After the change is saved, notifications must not turn its success into a failure: a delivery
 * problem is logged and the change stands (the inbox entry is then missing, never doubled).
 */
export async function announceAfterSave(db: Database, req: ServiceRequest, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return
  try {
    await announce(db, req, notices)
  } catch (err) {
    console.error('[announce]', req.id, err)
  }
}
