import type { Calendar } from '../../src/core/calendar'
import type { User } from '../../src/core/types'
import { deliverNotices } from './announce'
import { currentUser } from './auth'
import { loadCalendar } from './calendar'
import { getDb, type Database } from './cloud'
import { now, nowMs } from './clock'
import { createOrgRepo } from './repos/org'
import { createRequestRepo } from './repos/requests'
import { createUserRepo } from './repos/users'

/** Everything one call works with: the caller, the time, the calendar and the repositories. */
export interface CallContext {
  db: Database
  actor: User
  now: string
  calendar: Calendar
  requests: ReturnType<typeof createRequestRepo>
  users: ReturnType<typeof createUserRepo>
  org: ReturnType<typeof createOrgRepo>
}

export async function callContext(): Promise<CallContext> {
  const db = getDb()
  const actor = await currentUser(db)
  const calendar = await loadCalendar(db, nowMs())
  return {
    db,
    actor,
    now: now(),
    calendar,
    requests: createRequestRepo(db, calendar, deliverNotices),
    users: createUserRepo(db),
    org: createOrgRepo(db),
  }
}
