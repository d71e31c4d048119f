import { call } from '@/services/call'
import type { TownshipApi } from './ports'

export const townshipApi: TownshipApi = {
  list: (status, cursor) => call('requests', 'list', { box: 'township', ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
  dispatch: (id, unitId) => call('requests', 'dispatch', { id, unitId }),
}
