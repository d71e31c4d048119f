import type { AdminUserRow, AuditEntry, InviteView } from '../../../core/admin-types'
import type { Page } from '../../../core/contract'
import type { Role } from '../../../core/types'
import type { Settings } from '../../../core/settings'
import { call } from '../../../services/call'

export interface UserFilter {
  q?: string
  role?: Role
  active?: boolean
}

/** The admin function's calls the admin screens make (SPEC §8). */
export interface AdminApi {
  users: (filter: UserFilter, cursor?: string) => Promise<Page<AdminUserRow>>
  invite: (userId: string) => Promise<InviteView>
  invites: (cursor?: string) => Promise<Page<InviteView>>
  unbind: (userId: string) => Promise<unknown>
  deactivate: (userId: string) => Promise<unknown>
  settings: () => Promise<Settings>
  settingsSet: (s: Settings) => Promise<Settings>
  audit: (cursor?: string) => Promise<Page<AuditEntry>>
}

export const adminApi: AdminApi = {
  users: (filter, cursor) => call('admin', 'users', { filter, ...(cursor ? { cursor } : {}) }),
  invite: (userId) => call('admin', 'invite', { userId }),
  invites: (cursor) => call('admin', 'invites', cursor ? { cursor } : {}),
  unbind: (userId) => call('admin', 'unbind', { userId }),
  // implemented on the import branch (deactivation with handover, SPEC §7.1)
  deactivate: (userId) => call('admin', 'deactivate', { userId }),
  settings: () => call('admin', 'settings', {}),
  settingsSet: (s) => call('admin', 'settingsSet', s),
  audit: (cursor) => call('admin', 'audit', cursor ? { cursor } : {}),
}
