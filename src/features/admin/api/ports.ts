import type { AdminUserRow, AuditEntry, CalendarYear, ImportTemplate, InviteView } from '@/core/admin-types'
import type { Page } from '@/core/contract'
import type { NoticeDay, ParsedNotice } from '@/core/holiday-notice'
import type { ImportApplyResult, ImportReport } from '@/core/org-import-types'
import type { Settings } from '@/core/settings'
import type { Role } from '@/core/types'

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

/** The admin's calls for the working-day calendar (SPEC §7.3). */
export interface CalendarApi {
  year: (year: number) => Promise<CalendarYear>
  set: (date: string, day: 'work' | 'off' | null) => Promise<CalendarYear>
  parse: (text: string) => Promise<ParsedNotice>
  apply: (year: number, days: NoticeDay[]) => Promise<CalendarYear>
  mark: (year: number, entered: boolean) => Promise<CalendarYear>
}

/** The import screen's calls (admin.importTemplate / importCheck / importApply). */
export interface ImportApi {
  template: () => Promise<ImportTemplate>
  check: (fileID: string) => Promise<ImportReport>
  apply: (fileID: string, deactivateMissing: boolean) => Promise<ImportApplyResult>
}

/** A file the admin picked and uploaded to cloud storage; null when they cancelled. */
export interface PickedFile {
  fileID: string
  name: string
}

export type PickFile = () => Promise<PickedFile | null>
export type OpenTemplate = (t: ImportTemplate) => Promise<void>
