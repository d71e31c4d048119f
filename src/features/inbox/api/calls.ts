import { call } from '@/services/call'
import type { InboxApi } from './ports'

export const inboxApi: InboxApi = {
  list: (status, cursor) => call('requests', 'list', cursor ? { box: 'unit', status, cursor } : { box: 'unit', status }),
}
