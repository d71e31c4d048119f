import type { Scope } from '@/core/rollups'
import type { Breakdown, BreakdownBy, CareFigures, OverduePage, Overview, Period, StatsExport } from '@/core/stats-types'

/** The dashboard's calls of the `stats` function: figures the server computed, never raw requests. */
export interface StatsApi {
  overview: (scope: Scope | null, period: Period) => Promise<Overview>
  breakdown: (scope: Scope | null, period: Period, by: BreakdownBy) => Promise<Breakdown>
  overdue: (scope: Scope | null, cursor?: string) => Promise<OverduePage>
  care: (scope: Scope | null, period: Period) => Promise<CareFigures>
  exportFile: (scope: Scope | null, period: Period) => Promise<StatsExport>
}
