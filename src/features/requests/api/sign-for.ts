import { call } from '../../../services/call'

export const signFor = (id: string) => call('requests', 'signFor', { id })
