import { createMain, type ActionHandlers } from '../_shared/envelope'
import { consent, consentStatus } from './actions/consent'
import { mine, today } from './actions/read'
import { submit } from './actions/submit'

export const main = createMain({ consent, consentStatus, submit, mine, today } satisfies ActionHandlers<'checkins'>)
