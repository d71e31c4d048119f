import { call } from '@/services/call'
import type { CareApi } from './ports'

export const careApi: CareApi = {
  list: (cursor, status) => call('care', 'list', { ...(cursor ? { cursor } : {}), ...(status ? { status } : {}) }),
  get: (taskId) => call('care', 'get', { taskId }),
  record: (taskId, talk) => call('care', 'record', { taskId, ...talk }),
  summary: () => call('care', 'summary', {}),
}
