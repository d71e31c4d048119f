import type { Calendar } from '../../src/core/calendar'
import type { Settings } from '../../src/core/settings'
import type { User } from '../../src/core/types'
import { currentUser } from './auth'
import { loadCalendar } from './calendar'
import { getDb, type Database } from './cloud'
import { now, nowMs } from './clock'
import { createOrgRepo } from './repos/org'
import { createRequestRepo } from './repos/requests'
import { createUserRepo } from './repos/users'
import { loadSettings } from './settings'

/** Everything one call works with: the caller, the time, the calendar and the repositories. */
export interface CallContext {
  db: Database
  actor: User
  now: string
  calendar: Calendar
  /** the admin's settings (SPEC §7.4), cached for a minute */
  settings: Settings
  requests: ReturnType<typeof createRequestRepo>
  users: ReturnType<typeof createUserRepo>
  org: ReturnType<typeof createOrgRepo>
}

export async function callContext(): Promise<CallContext> {
  const db = getDb()
  const actor = await currentUser(db)
  const [calendar, settings] = await Promise.all([loadCalendar(db, nowMs()), loadSettings(db, nowMs())])
  return {
    db,
    actor,
    now: now(),
    calendar,
    settings,
    requests: createRequestRepo(db, calendar, settings.remindAtShare),
    users: createUserRepo(db),
    org: createOrgRepo(db),
  }
}
