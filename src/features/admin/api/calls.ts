import { call } from '@/services/call'
import type { AdminApi, CalendarApi, ImportApi } from './ports'

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

export const calendarApi: CalendarApi = {
  year: (year) => call('admin', 'calendar', { year }),
  set: (date, day) => call('admin', 'calendarSet', { date, day }),
  parse: (text) => call('admin', 'calendarParse', { text }),
  apply: (year, days) => call('admin', 'calendarApply', { year, days }),
  mark: (year, entered) => call('admin', 'calendarMark', { year, entered }),
}

export const importApi: ImportApi = {
  template: () => call('admin', 'importTemplate', {}),
  check: (fileID) => call('admin', 'importCheck', { fileID }),
  apply: (fileID, deactivateMissing) => call('admin', 'importApply', { fileID, deactivateMissing }),
}
