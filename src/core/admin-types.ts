/** Types of the admin function (SPEC §7). */
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
