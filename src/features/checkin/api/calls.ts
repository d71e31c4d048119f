import type { CheckinAnswers, HealthFile } from '../../../core/care-types'
import { call } from '../../../services/call'

type FileFields = Partial<Pick<HealthFile, 'lastExamDate' | 'leaveEntitled' | 'leaveTaken' | 'insuranceUntil'>>

/** The cadre's calls of the `checkins` and `care` functions. */
export const checkinApi = {
  consentStatus: () => call('checkins', 'consentStatus', {}),
  consent: (version: string) => call('checkins', 'consent', { version }),
  today: () => call('checkins', 'today', {}),
  submit: (answers: CheckinAnswers) => call('checkins', 'submit', answers),
  mine: (from?: string, to?: string) => call('checkins', 'mine', { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  healthFile: () => call('care', 'healthFile', {}),
  updateHealthFile: (fields: FileFields) => call('care', 'updateHealthFile', fields),
}

export type CheckinApi = typeof checkinApi
