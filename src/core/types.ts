/** Domain types shared by the app and the cloud functions (SPEC §2–§3). */
import type { RequestEvent } from './lifecycle/events'

export type Role = 'cadre' | 'liaison' | 'secretary' | 'county' | 'admin'

export type RegionLevel = 'county' | 'township' | 'village'

export interface Region {
  id: string
  name: string
  level: RegionLevel
  parentId: string | null
}

export interface Unit {
  id: string
  name: string
  countyId: string
}

export interface Pairing {
  villageId: string
  unitId: string
  lead: boolean
}

export interface User {
  id: string
  openid: string
  name: string
  role: Role
  phone?: string
  /** cadre: where stationed */
  villageId?: string
  /** cadre: 派出单位 */
  homeUnitId?: string
  /** liaison: the backing unit they work for */
  unitId?: string
  /** secretary */
  townshipId?: string
  /** county staff (and the county a township/village belongs to, for scoping) */
  countyId?: string
  active: boolean
}

export type RequestKind = 'difficulty' | 'support'

export const DIFFICULTY_CATEGORIES = ['transport', 'office', 'lodging', 'health', 'family', 'psych', 'other'] as const
export const SUPPORT_CATEGORIES = ['funds', 'tech', 'materials', 'policy', 'sales', 'other'] as const
export type DifficultyCategory = (typeof DIFFICULTY_CATEGORIES)[number]
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number]
export type Category = DifficultyCategory | SupportCategory

export type Urgency = 'normal' | 'urgent'

export const REQUEST_STATUSES = [
  'pending_dispatch',
  'assigned',
  'in_progress',
  'awaiting_submitter',
  'resolved',
  'closed',
  'withdrawn',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** States in which a request is still being worked on. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'pending_dispatch',
  'assigned',
  'in_progress',
  'awaiting_submitter',
]

export type Satisfaction = 'satisfied' | 'basic' | 'unsatisfied'

export interface Rating {
  solved: boolean
  satisfaction: Satisfaction
  comment?: string
  at: string
}

export type ExtensionStatus = 'pending' | 'approved' | 'denied'

/** A liaison's request for more working days (once per request), decided by the township secretary. */
export interface Extension {
  days: number
  /** '' in an answer to a viewer who may not read the request's content (then `reasonWithheld`) */
  reason: string
  /** set in answers only: a reason was given but is confidential to this viewer (SPEC §3.1) */
  reasonWithheld?: boolean
  requestedBy: string
  requestedAt: string
  status: ExtensionStatus
  decidedBy: string | null
  decidedAt: string | null
}

/** One entry of a request's timeline: the audit trail, appended, never rewritten (lifecycle/events.ts). */
export type { RequestEvent } from './lifecycle/events'

export interface ServiceRequest {
  id: string
  /** human-readable number, e.g. QB20261123-48213 (date + five digits, see repos/counters.ts) */
  no: string
  clientRequestId: string
  kind: RequestKind
  category: Category
  title: string
  description: string
  urgency: Urgency
  attachments: string[]
  status: RequestStatus
  submitterId: string
  villageId: string
  townshipId: string
  countyId: string
  assignedUnitId: string | null
  assigneeId: string | null
  /** the assignee set when the latest assignment was made (for the tie rule) */
  assignedAt: string | null
  dispatchedAt: string | null
  signForBy: string | null
  signedAt: string | null
  signedOnTime: boolean | null
  resolveBy: string | null
  resolvedAt: string | null
  resolutionNote: string | null
  closedAt: string | null
  supervision: 0 | 1 | 2
  reopenCount: number
  transferCount: number
  rating: Rating | null
  createdAt: string
  updatedAt: string
  /**
   * The current assignment came from a secretary's dispatch, which is final (终审): the unit may
   * not `return` it. A transfer to another unit clears it. Set by `createRequest`.
   */
  dispatchFinal?: boolean
  /** When the request started waiting for the submitter (clock paused); null otherwise. */
  pausedAt?: string | null
  /** The one extension a request may ask for; null until requested. */
  extension?: Extension | null
  /** Photos attached when it was resolved. */
  resolutionPhotos?: string[]
  /**
   * In answers only, never stored: a short-lived URL for each file of the request this viewer may
   * see (attachments, resolution photos, timeline photos), by fileID (SPEC §8 "Files").
   */
  fileUrls?: Record<string, string>
  /** What the scheduler has done about the deadlines in force (SPEC §3.5); absent until it acts. */
  escalations?: Escalations | null
  /**
   * When the scheduler next has something to do to this request (null: nothing pending). Kept by
   * the request repository on every write, so that each run reads only the requests due.
   */
  escalateAt?: string | null
  /** optimistic-concurrency version: every write increments it */
  version: number
  events: RequestEvent[]
}

/**
 * The scheduler's record on a request, keyed to the deadline in force when it acted: a moved
 * deadline (reply, extension, reopen, new assignment) can be reminded and breached again.
 */
export interface Escalations {
  /** the resolveBy the 催办 reminder was sent for */
  remindedFor: string | null
  /** the signForBy whose breach was supervised */
  breachedSignFor: string | null
  /** the resolveBy whose breach was supervised */
  breachedResolve: string | null
  /** when it was raised to county supervision (once per request) */
  countyLevel: string | null
}
