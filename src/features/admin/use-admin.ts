import { useStore } from 'zustand'
import type { AuditEntry, InviteView } from '@/core/admin-types'
import { createPagedListStore, type PagedListState } from '@/services/paging'
import { adminApi } from './api/calls'
import { createSettingsStore, type SettingsState } from './settings-store'
import { createUsersStore, type UsersState } from './users-store'
import type { AdminUserRow } from '@/core/admin-types'

export const users = createUsersStore(adminApi)
export const invitesList = createPagedListStore<InviteView>(adminApi.invites)
export const auditList = createPagedListStore<AuditEntry>(adminApi.audit)
export const settingsStore = createSettingsStore(adminApi)

export const useUsers = <T>(select: (s: UsersState) => T) => useStore(users.store, select)
export const useUserList = <T>(select: (s: PagedListState<AdminUserRow>) => T) => useStore(users.list, select)
export const useSettings = <T>(select: (s: SettingsState) => T) => useStore(settingsStore, select)
