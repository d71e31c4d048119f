import { call } from '@/services/call'
import type { CheckinApi } from './ports'

export const checkinApi: CheckinApi = {
  consentStatus: () => call('checkins', 'consentStatus', {}),
  consent: (version) => call('checkins', 'consent', { version }),
  today: () => call('checkins', 'today', {}),
  submit: (answers) => call('checkins', 'submit', answers),
  mine: (from, to) => call('checkins', 'mine', { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  healthFile: () => call('care', 'healthFile', {}),
  updateHealthFile: (fields) => call('care', 'updateHealthFile', fields),
}
