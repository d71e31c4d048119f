import { createMain, type ActionHandlers } from '../_shared/envelope'
import { auditActions } from './actions/audit'
import { calendarActions } from './actions/calendar'
import { deactivateActions } from './actions/deactivate'
import { importActions } from './actions/import'
import { inviteActions } from './actions/invites'
import { settingsActions } from './actions/settings'
import { userActions } from './actions/users'

/** Organisation import, users and invites, the working-day calendar, settings, audit (SPEC §7). */
export const main = createMain({ ...importActions, ...userActions, ...inviteActions, ...calendarActions, ...settingsActions, ...auditActions, ...deactivateActions } satisfies ActionHandlers<'admin'>)
