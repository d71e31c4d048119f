import type { Scope } from '@/core/rollups'
import { call } from '@/services/call'
import type { StatsApi } from './ports'

const scoped = (scope: Scope | null) => (scope ? { scope } : {})

export const statsApi: StatsApi = {
  overview: (scope, period) => call('stats', 'overview', { ...scoped(scope), ...period }),
  breakdown: (scope, period, by) => call('stats', 'breakdown', { ...scoped(scope), ...period, by }),
  overdue: (scope, cursor) => call('stats', 'overdue', { ...scoped(scope), ...(cursor ? { cursor } : {}) }),
  care: (scope, period) => call('stats', 'care', { ...scoped(scope), ...period }),
  exportFile: (scope, period) => call('stats', 'export', { ...scoped(scope), ...period }),
}
