/** The cloud function contract (SPEC §8): names, envelope and payloads shared by app and functions. */
import type { ErrorBody } from './errors'
import type { AppNotification, TemplateKey } from './notifications'
import type { Satisfaction, ServiceRequest, User, RequestKind, Category, Urgency, RequestStatus } from './types'
import type { CareSummary, CareTaskDetail, CareTaskView, Checkin, CheckinAnswers, Consent, HealthFile, TalkMode } from './care-types'
import type { NoticeDay, ParsedNotice } from './holiday-notice'
import type { AdminUserRow, AuditEntry, CalendarWarning, CalendarYear, DeactivateResult, ImportTemplate, InviteView } from './admin-types'
import type { ImportApplyResult, ImportReport } from './org-import-types'
import type { Settings } from './settings'
import type { RequestView } from './contacts'
import type { Breakdown, BreakdownBy, CareFigures, OverduePage, Overview, Period, Scope, StatsExport } from './stats-types'

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const FUNCTION_NAMES = ['auth', 'requests', 'checkins', 'care', 'stats', 'notifications', 'org', 'admin', 'scheduler'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export type ListBox = 'mine' | 'unit' | 'township' | 'county'

export interface Page<T> {
  items: T[]
  /** null on the last page */
  cursor: string | null
}

/** `requests.list`; unitId, villageId, overdue and q only for the township and county boxes. */
export interface ListPayload extends ListFilters {
  box: ListBox
  cursor?: string
}

export interface ListFilters {
  status?: RequestStatus
  unitId?: string
  villageId?: string
  overdue?: boolean
  q?: string
}

export interface SubmitPayload {
  clientRequestId: string
  kind: RequestKind
  category: Category
  title: string
  description: string
  urgency: Urgency
  attachments?: string[]
}

export interface ConfirmPayload {
  id: string
  solved: boolean
  satisfaction: Satisfaction
  comment?: string
  /** idempotency key of a rating sent from the phone's outbox */
  clientActionId?: string
}

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
    whoami: { payload: Record<string, never>; result: User }
    /** binds the caller's OPENID with an invite code (SPEC §7.2); callable unbound */
    bind: { payload: { code: string }; result: User }
  }
  org: {
    directory: { payload: Record<string, never>; result: OrgDirectory }
  }
  requests: {
    submit: { payload: SubmitPayload; result: ServiceRequest }
    get: { payload: { id: string }; result: RequestView }
    list: { payload: ListPayload; result: Page<ServiceRequest> }
    signFor: { payload: { id: string }; result: ServiceRequest }
    resolve: { payload: { id: string; note: string; photos?: string[] }; result: ServiceRequest }
    confirm: { payload: ConfirmPayload; result: ServiceRequest }
    return: { payload: { id: string; reason: string }; result: ServiceRequest }
    dispatch: { payload: { id: string; unitId: string }; result: ServiceRequest }
    transfer: { payload: { id: string; unitId: string; reason: string }; result: ServiceRequest }
    requestInfo: { payload: { id: string; question: string }; result: ServiceRequest }
    reply: { payload: { id: string; text: string; clientActionId?: string }; result: ServiceRequest }
    requestExtension: { payload: { id: string; days: number; reason: string }; result: ServiceRequest }
    decideExtension: { payload: { id: string; approve: boolean }; result: ServiceRequest }
    withdraw: { payload: { id: string }; result: ServiceRequest }
    comment: { payload: { id: string; text: string }; result: ServiceRequest }
    supervise: { payload: { id: string; note: string }; result: ServiceRequest }
  }
  notifications: {
    list: { payload: { cursor?: string }; result: Page<AppNotification> }
    markRead: { payload: { ids: string[] } | { all: true }; result: { updated: number } }
    unreadCount: { payload: Record<string, never>; result: { count: number } }
    grant: { payload: { templateKey: TemplateKey; count?: number }; result: { templateKey: string; credits: number } }
  }
  checkins: {
    consent: { payload: { version: string }; result: Consent }
    consentStatus: { payload: Record<string, never>; result: Consent }
    submit: { payload: CheckinAnswers; result: Checkin }
    mine: { payload: { from?: string; to?: string }; result: Page<Checkin> }
    today: { payload: Record<string, never>; result: { date: string; checkin: Checkin | null; prefill: Checkin | null } }
  }
  /** Figures computed on the server (SPEC §6); `scope` defaults to the caller's own. */
  stats: {
    overview: { payload: Period & { scope?: Scope }; result: Overview }
    breakdown: { payload: Period & { scope?: Scope; by: BreakdownBy }; result: Breakdown }
    overdue: { payload: { scope?: Scope; cursor?: string }; result: OverduePage }
    care: { payload: Period & { scope?: Scope }; result: CareFigures }
    export: { payload: Period & { scope?: Scope }; result: StatsExport }
  }
  /** Onboarding and upkeep (SPEC §7): admin, and county staff for their own county's invites. */
  admin: {
    audit: { payload: { cursor?: string }; result: Page<AuditEntry> }
    calendar: { payload: { year: number }; result: CalendarYear }
    calendarSet: { payload: { date: string; day: 'work' | 'off' | null }; result: CalendarYear }
    calendarParse: { payload: { text: string }; result: ParsedNotice }
    calendarApply: { payload: { year: number; days: NoticeDay[] }; result: CalendarYear }
    /** the admin marks a year's official schedule as entered (or not) by hand */
    calendarMark: { payload: { year: number; entered: boolean }; result: CalendarYear }
    /** admin, county and secretaries: the year whose schedule is missing (SPEC §7.3) */
    calendarWarning: { payload: Record<string, never>; result: CalendarWarning }
    users: { payload: { filter?: { q?: string; role?: User['role']; active?: boolean }; cursor?: string }; result: Page<AdminUserRow> }
    invite: { payload: { userId: string }; result: InviteView }
    invites: { payload: { cursor?: string }; result: Page<InviteView> }
    unbind: { payload: { userId: string }; result: { userId: string; bound: false } }
    settings: { payload: Record<string, never>; result: Settings }
    settingsSet: { payload: Partial<Settings>; result: Settings }
    importTemplate: { payload: Record<string, never>; result: ImportTemplate }
    importCheck: { payload: { fileID: string }; result: ImportReport }
    importApply: { payload: { fileID: string; deactivateMissing?: boolean }; result: ImportApplyResult }
    deactivate: { payload: { userId: string }; result: DeactivateResult }
  }
  care: {
    list: { payload: { status?: 'open' | 'closed'; cursor?: string }; result: Page<CareTaskView> }
    get: { payload: { taskId: string }; result: CareTaskDetail }
    record: { payload: { taskId: string; date: string; mode: TalkMode; summary: string }; result: CareTaskView }
    summary: { payload: Record<string, never>; result: CareSummary }
    healthFile: { payload: { cadreId?: string }; result: HealthFile }
    updateHealthFile: {
      payload: Partial<Pick<HealthFile, 'lastExamDate' | 'leaveEntitled' | 'leaveTaken' | 'insuranceUntil'>>
      result: HealthFile
    }
  }
}

export type ImplementedFunction = keyof Actions
export type ActionName<F extends ImplementedFunction> = keyof Actions[F] & string
export type PayloadOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { payload: infer P } ? P : never
export type ResultOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { result: infer R } ? R : never
