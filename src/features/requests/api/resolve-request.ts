import { call } from '../../../services/call'

export const resolveRequest = (id: string, note: string) => call('requests', 'resolve', { id, note })
