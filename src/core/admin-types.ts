/** Types of the admin function (SPEC §7). */
import type { CalendarDay } from './calendar-year'
import type { InviteStatus } from './invites'
import type { User } from './types'

/** One entry of the append-only admin audit log. */
export interface AuditEntry {
  id: string
  actorId: string
  at: string
  /** the admin action, e.g. `calendarSet`, `invite`, `importApply` */
  action: string
  /** what it changed: a user id, a date, `settings`, an import batch… */
  target: string
  before?: unknown
  after?: unknown
}

/** The admin's view of one year of the working-day calendar (`admin.calendar`, SPEC §7.3). */
export interface CalendarYear {
  year: number
  /** the official schedule is built in (`chinese-days`) */
  builtIn: boolean
  /** set when the notice was applied or the admin marked the year as entered */
  entered: { at: string; by: string; how: 'notice' | 'marked' } | null
  days: CalendarDay[]
}

/** The year whose official schedule is missing (SPEC §7.3), or null: `admin.calendarWarning`. */
export interface CalendarWarning {
  year: number | null
}

/** A user as the admin's list shows it: never the OPENID itself, only whether there is one. */
export interface AdminUserRow extends Omit<User, 'openid'> {
  bound: boolean
  /** unit or village name, for the list */
  placeName: string | null
}

/** An invite as the admin sees it, with the text to send and, when fresh, the QR image. */
export interface InviteView {
  code: string
  userId: string
  userName: string
  createdAt: string
  expiresAt: string
  status: InviteStatus
  /** 「…」 the text to send over WeChat */
  text?: string
  /** short-lived URL of the QR / mini-program code image */
  qrUrl?: string | null
}

/** `importTemplate`: the workbook to fill in, as a short-lived URL. */
export interface ImportTemplate {
  filename: string
  fileID: string
  url: string | null
}

/** `deactivate`: the user, now inactive, and how much open work went to others. */
export interface DeactivateResult {
  userId: string
  requests: number
  careTasks: number
}
