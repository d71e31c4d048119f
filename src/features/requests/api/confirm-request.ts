import type { ConfirmPayload } from '../../../core/contract'
import { call } from '../../../services/call'

export const confirmRequest = (payload: ConfirmPayload) => call('requests', 'confirm', payload)
