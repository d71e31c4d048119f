import { call } from '../../../services/call'

export const getRequest = (id: string) => call('requests', 'get', { id })
