/** The cloud function contract (SPEC §8): names, envelope and payloads shared by app and functions. */
import type * as z from 'zod'
import type { ErrorBody } from './errors'
import type { AppNotification } from './notifications'
import type { ServiceRequest, User } from './types'
import type { CareSummary, CareTaskDetail, CareTaskView, Checkin, Consent, HealthFile } from './care-types'
import type { ParsedNotice } from './holiday-notice'
import type { AdminUserRow, AuditEntry, CalendarWarning, CalendarYear, DeactivateResult, ImportTemplate, InviteView } from './admin-types'
import type { ImportApplyResult, ImportReport } from './org-import-types'
import type { Settings } from './settings'
import type { RequestView } from './contacts'
import type { Breakdown, CareFigures, OverduePage, Overview, StatsExport } from './stats-types'
import type { CommandType } from './lifecycle/commands'
import type { commandSchemas, emptySchema, requestSchemas } from './schemas'
import type { grantSchema, markReadSchema, notificationListSchema, unreadCountSchema } from './notification-schemas'
import type { careListSchema, checkinSchema, consentSchema, healthFileSchema, rangeSchema, recordTalkSchema, taskIdSchema, updateHealthFileSchema } from './care-schemas'
import type { breakdownSchema, careStatsSchema, exportSchema, overdueSchema, overviewSchema } from './stats-schemas'
import type {
  auditListSchema,
  bindSchema,
  calendarApplySchema,
  calendarMarkSchema,
  calendarParseSchema,
  calendarSetSchema,
  calendarYearSchema,
  deactivateSchema,
  importApplySchema,
  importCheckSchema,
  importTemplateSchema,
  invitesListSchema,
  settingsSetSchema,
  userIdSchema,
  usersListSchema,
} from './admin-schemas'

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const FUNCTION_NAMES = ['auth', 'requests', 'checkins', 'care', 'stats', 'notifications', 'org', 'admin', 'scheduler'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export interface Page<T> {
  items: T[]
  /** null on the last page */
  cursor: string | null
}

/**
 * What a caller sends: the input of the action's schema (before defaults apply), so a payload type
 * is never a hand-written twin of the schema that checks it.
 */
type In<S extends z.ZodType> = z.input<S>

export type SubmitPayload = In<typeof requestSchemas.submit>
/** `requests.list`; unitId, villageId, overdue and q only for the township and county boxes. */
export type ListPayload = In<typeof requestSchemas.list>
export type ListBox = ListPayload['box']
export type ListFilters = Omit<ListPayload, 'box' | 'cursor'>
/** The payload of a lifecycle action (`requests.<command>`). */
export type CommandPayload<C extends CommandType> = PayloadOf<'requests', C>

/** Names for the ids requests carry, within the caller's county (`org.directory`). */
export interface OrgDirectory {
  /** `liaisons`: ids of the unit's active liaisons (a unit with none cannot take a dispatch) */
  units: Array<{ id: string; name: string; liaisons?: string[] }>
  /** villages of the county with their township (staff only), for names and list filters */
  villages?: Array<{ id: string; name: string; townshipId: string }>
  /** names only (no phone, no openid); cadres see staff, staff also see cadres */
  people: Array<{ id: string; name: string; role: User['role'] }>
}

/** Every action of each function, with its payload and its answer. */
export interface Actions {
  auth: {
    whoami: { payload: In<typeof emptySchema>; result: User }
    /** binds the caller's OPENID with an invite code (SPEC §7.2); callable unbound */
    bind: { payload: In<typeof bindSchema>; result: User }
  }
  org: {
    directory: { payload: In<typeof emptySchema>; result: OrgDirectory }
  }
  requests: {
    submit: { payload: SubmitPayload; result: ServiceRequest }
    get: { payload: In<typeof requestSchemas.get>; result: RequestView }
    list: { payload: ListPayload; result: Page<ServiceRequest> }
  } & { [C in CommandType]: { payload: In<(typeof commandSchemas)[C]>; result: RequestView } }
  notifications: {
    list: { payload: In<typeof notificationListSchema>; result: Page<AppNotification> }
    markRead: { payload: In<typeof markReadSchema>; result: { updated: number } }
    unreadCount: { payload: In<typeof unreadCountSchema>; result: { count: number } }
    grant: { payload: In<typeof grantSchema>; result: { templateKey: string; credits: number } }
  }
  checkins: {
    consent: { payload: In<typeof consentSchema>; result: Consent }
    consentStatus: { payload: In<typeof emptySchema>; result: Consent }
    submit: { payload: In<typeof checkinSchema>; result: Checkin }
    mine: { payload: In<typeof rangeSchema>; result: Page<Checkin> }
    today: { payload: In<typeof emptySchema>; result: { date: string; checkin: Checkin | null; prefill: Checkin | null } }
  }
  /** Figures computed on the server (SPEC §6); `scope` defaults to the caller's own. */
  stats: {
    overview: { payload: In<typeof overviewSchema>; result: Overview }
    breakdown: { payload: In<typeof breakdownSchema>; result: Breakdown }
    overdue: { payload: In<typeof overdueSchema>; result: OverduePage }
    care: { payload: In<typeof careStatsSchema>; result: CareFigures }
    export: { payload: In<typeof exportSchema>; result: StatsExport }
  }
  /** Onboarding and upkeep (SPEC §7): admin, and county staff for their own county's invites. */
  admin: {
    audit: { payload: In<typeof auditListSchema>; result: Page<AuditEntry> }
    calendar: { payload: In<typeof calendarYearSchema>; result: CalendarYear }
    calendarSet: { payload: In<typeof calendarSetSchema>; result: CalendarYear }
    calendarParse: { payload: In<typeof calendarParseSchema>; result: ParsedNotice }
    calendarApply: { payload: In<typeof calendarApplySchema>; result: CalendarYear }
    /** the admin marks a year's official schedule as entered (or not) by hand */
    calendarMark: { payload: In<typeof calendarMarkSchema>; result: CalendarYear }
    /** admin, county and secretaries: the year whose schedule is missing (SPEC §7.3) */
    calendarWarning: { payload: In<typeof emptySchema>; result: CalendarWarning }
    users: { payload: In<typeof usersListSchema>; result: Page<AdminUserRow> }
    invite: { payload: In<typeof userIdSchema>; result: InviteView }
    invites: { payload: In<typeof invitesListSchema>; result: Page<InviteView> }
    unbind: { payload: In<typeof userIdSchema>; result: { userId: string; bound: false } }
    settings: { payload: In<typeof emptySchema>; result: Settings }
    settingsSet: { payload: In<typeof settingsSetSchema>; result: Settings }
    importTemplate: { payload: In<typeof importTemplateSchema>; result: ImportTemplate }
    importCheck: { payload: In<typeof importCheckSchema>; result: ImportReport }
    importApply: { payload: In<typeof importApplySchema>; result: ImportApplyResult }
    deactivate: { payload: In<typeof deactivateSchema>; result: DeactivateResult }
  }
  care: {
    list: { payload: In<typeof careListSchema>; result: Page<CareTaskView> }
    get: { payload: In<typeof taskIdSchema>; result: CareTaskDetail }
    record: { payload: In<typeof recordTalkSchema>; result: CareTaskView }
    summary: { payload: In<typeof emptySchema>; result: CareSummary }
    healthFile: { payload: In<typeof healthFileSchema>; result: HealthFile }
    updateHealthFile: { payload: In<typeof updateHealthFileSchema>; result: HealthFile }
  }
}

export type ImplementedFunction = keyof Actions
export type ActionName<F extends ImplementedFunction> = keyof Actions[F] & string
export type PayloadOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { payload: infer P } ? P : never
export type ResultOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { result: infer R } ? R : never
