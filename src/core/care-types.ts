/** Health check-ins, care tasks and the health file (SPEC §4). */

/** The version of the consent text the cadre agrees to; a new text needs a new consent. */
export const CONSENT_VERSION = '2026-01'

export const HEALTH_VALUES = ['good', 'fair', 'unwell'] as const
export const STRESS_VALUES = ['low', 'medium', 'high'] as const
export type Health = (typeof HEALTH_VALUES)[number]
export type Stress = (typeof STRESS_VALUES)[number]

/** One cadre's check-in of one local date; a second one that day replaces it. */
export interface Checkin {
  /** `<cadreId>-<date>` */
  id: string
  cadreId: string
  /** local date YYYY-MM-DD */
  date: string
  health: Health
  mood: number
  stress: Stress
  note: string | null
  wantsContact: boolean
  /** when it was (last) submitted */
  at: string
  townshipId: string
  countyId: string
}

/** The cadre's consent to the handling of health information. */
export interface Consent {
  consented: boolean
  version: string | null
  at: string | null
  /** the version the app currently asks for */
  current: string
}

export const CARE_REASONS = ['unwell', 'low_mood', 'high_stress', 'asked', 'missed'] as const
export type CareReason = (typeof CARE_REASONS)[number]

/** One reason a task was opened or extended, with the local date it was found. */
export interface CareSignal {
  reason: CareReason
  date: string
  at: string
}

export type CareTaskStatus = 'open' | 'closed'
export const TALK_MODES = ['in_person', 'phone', 'video'] as const
export type TalkMode = (typeof TALK_MODES)[number]

/** The talk (谈心谈话) that closes a care task. */
export interface Talk {
  date: string
  mode: TalkMode
  summary: string
  recordedBy: string
  recordedAt: string
}

/** A care task (关怀任务): one open per cadre at a time; later signals add their reasons. */
export interface CareTask {
  id: string
  cadreId: string
  cadreName: string
  homeUnitId: string | null
  villageId: string | null
  townshipId: string
  countyId: string
  /** the liaison working it; null when the home unit has no active liaison */
  assigneeId: string | null
  status: CareTaskStatus
  reasons: CareSignal[]
  openedAt: string
  dueBy: string
  overdueNotifiedAt: string | null
  closedAt: string | null
  talk: Talk | null
  updatedAt: string
  version: number
}

/** A care task as a viewer may see it: the summary only for the liaison who works it. */
export type CareTaskView = Omit<CareTask, 'talk'> & { talk: (Omit<Talk, 'summary'> & { summary?: string }) | null }

/** `care.get`: the task, and the cadre's recent check-ins only for the liaison working it while open. */
export interface CareTaskDetail {
  task: CareTaskView
  checkins: Checkin[] | null
  /** the server's local date, the default date of the talk */
  today: string
}

/**
 * The care figures of a township or county (SPEC §4, §6), counts only: the one set that
 * `care.summary` and `stats.care` (and the export) each answer with their own period around it.
 */
export interface CareCounts {
  /** active cadres stationed in the scope's villages */
  cadres: number
  checkins: number
  /** checkins ÷ (cadres × working days); null when the denominator is 0 */
  checkinRate: number | null
  openTasks: number
  openByReason: Record<CareReason, number>
}

/** Care is counted for townships and counties only. */
export interface CareScope {
  type: 'township' | 'county'
  id: string
}

/** Counts only: what secretaries (own township) and county staff (own county) get from `care.summary`. */
export interface CareSummary extends CareCounts {
  scope: CareScope
  /** the working days the check-in rate is taken over, oldest first */
  workdays: string[]
  overdueTasks: number
  closedLast30Days: number
}

/** Health file per cadre. Leave counts are for `leaveYear`. */
export interface HealthFile {
  cadreId: string
  lastExamDate: string | null
  leaveYear: number | null
  leaveEntitled: number | null
  leaveTaken: number | null
  insuranceUntil: string | null
  updatedAt: string | null
}
