import type { Scope } from '../../../core/rollups'
import type { BreakdownBy, Period } from '../../../core/stats-types'
import { call } from '../../../services/call'

const scoped = (scope: Scope | null) => (scope ? { scope } : {})

/** The dashboard's calls of the `stats` function: figures the server computed, never raw requests. */
export const statsApi = {
  overview: (scope: Scope | null, period: Period) => call('stats', 'overview', { ...scoped(scope), ...period }),
  breakdown: (scope: Scope | null, period: Period, by: BreakdownBy) => call('stats', 'breakdown', { ...scoped(scope), ...period, by }),
  overdue: (scope: Scope | null, cursor?: string) => call('stats', 'overdue', { ...scoped(scope), ...(cursor ? { cursor } : {}) }),
  care: (scope: Scope | null, period: Period) => call('stats', 'care', { ...scoped(scope), ...period }),
  exportFile: (scope: Scope | null, period: Period) => call('stats', 'export', { ...scoped(scope), ...period }),
}

export type StatsApi = typeof statsApi
