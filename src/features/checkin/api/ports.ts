import type { Page } from '@/core/contract'
import type { CheckinAnswers } from '@/core/care-schemas'
import type { Checkin, Consent, HealthFile } from '@/core/care-types'

export type HealthFileFields = Partial<Pick<HealthFile, 'lastExamDate' | 'leaveEntitled' | 'leaveTaken' | 'insuranceUntil'>>

/** The cadre's calls of the `checkins` and `care` functions. */
export interface CheckinApi {
  consentStatus: () => Promise<Consent>
  consent: (version: string) => Promise<Consent>
  today: () => Promise<{ date: string; checkin: Checkin | null; prefill: Checkin | null }>
  submit: (answers: CheckinAnswers) => Promise<Checkin>
  mine: (from?: string, to?: string) => Promise<Page<Checkin>>
  healthFile: () => Promise<HealthFile>
  updateHealthFile: (fields: HealthFileFields) => Promise<HealthFile>
}
