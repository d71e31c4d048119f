import type { SubmitPayload } from '../../../core/contract'
import { call } from '../../../services/call'

export const submitRequest = (payload: SubmitPayload) => call('requests', 'submit', payload)
