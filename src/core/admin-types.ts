/** Types of the admin function (SPEC §7). */

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
