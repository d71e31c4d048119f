import { createStore } from 'zustand/vanilla'
import type { Scope } from '@/core/rollups'
import type { Breakdown, CareFigures, OverduePage, Overview } from '@/core/stats-types'
import type { Clock } from '@/services/clock'
import { errorMessage } from '@/services/error-messages'
import type { WorkbookFile } from '@/services/open-workbook'
import type { StatsApi } from './api/ports'
import { shiftMonth, shownPeriod, trendPeriod } from './lib/period'

export interface DashboardState {
  /** YYYY-MM shown; null: the last 30 days up to today (the default, see lib/period.ts) */
  month: string | null
  /** null: the caller's own scope; county staff may pick a township */
  scope: Scope | null
  overview: Overview | null
  trend: Breakdown | null
  units: Breakdown | null
  townships: Breakdown | null
  overdue: OverduePage | null
  /** the next overdue page is being read */
  loadingMoreOverdue: boolean
  care: CareFigures | null
  loading: boolean
  error: string | null
  exporting: boolean
  exportError: string | null
  load: () => Promise<void>
  shift: (months: number) => Promise<void>
  focus: (scope: Scope | null) => Promise<void>
  /** appends the next page of the overdue list */
  moreOverdue: () => Promise<void>
  exportFile: () => Promise<void>
}

export interface DashboardPorts {
  api: StatsApi
  clock: Clock
  /** opens the exported workbook (weapp: download + openDocument; H5: a download) */
  open: (file: WorkbookFile) => Promise<void>
  /** whether the caller sees a county (townships to compare) */
  isCounty: () => boolean
}

/**
 * The secretary's and county's dashboard: the figures of a period, the trend, ranking, overdue and
 * care. It opens on the last 30 days; the arrows step through calendar months, the newest step
 * after the current month being the last 30 days again.
 */
export function createDashboardStore({ api, clock, open, isCounty }: DashboardPorts) {
  const today = () => clock().slice(0, 10)
  const thisMonth = () => clock().slice(0, 7)
  return createStore<DashboardState>()((set, get) => ({
    month: null,
    scope: null,
    overview: null,
    trend: null,
    units: null,
    townships: null,
    overdue: null,
    loadingMoreOverdue: false,
    care: null,
    loading: false,
    error: null,
    exporting: false,
    exportError: null,
    load: async () => {
      const { month, scope } = get()
      const period = shownPeriod(month, today())
      const county = isCounty() && (!scope || scope.type === 'county')
      set({ loading: true, error: null })
      try {
        const [overview, trend, units, townships, overdue, care] = await Promise.all([
          api.overview(scope, period),
          api.breakdown(scope, trendPeriod(month ?? thisMonth()), 'month'),
          api.breakdown(scope, period, 'unit'),
          county ? api.breakdown(scope, period, 'township') : Promise.resolve(null),
          api.overdue(scope),
          api.care(scope, period).catch(() => null),
        ])
        if (get().month !== month || get().scope !== scope) return // a newer load is on its way
        set({ overview, trend, units, townships, overdue, care, loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    shift: async (n) => {
      const month = get().month
      if (month === null && n >= 0) return
      const next = month === null ? shiftMonth(thisMonth(), n + 1) : shiftMonth(month, n)
      set({ month: next > thisMonth() ? null : next })
      await get().load()
    },
    focus: async (scope) => {
      set({ scope, townships: null })
      await get().load()
    },
    moreOverdue: async () => {
      const { overdue, scope, loadingMoreOverdue } = get()
      if (!overdue?.cursor || loadingMoreOverdue) return
      set({ loadingMoreOverdue: true, error: null })
      try {
        const next = await api.overdue(scope, overdue.cursor)
        if (get().overdue !== overdue) return set({ loadingMoreOverdue: false }) // reloaded meanwhile
        set({ overdue: { ...next, items: [...overdue.items, ...next.items] }, loadingMoreOverdue: false })
      } catch (e) {
        set({ loadingMoreOverdue: false, error: errorMessage(e) })
      }
    },
    exportFile: async () => {
      set({ exporting: true, exportError: null })
      try {
        const file = await api.exportFile(get().scope, shownPeriod(get().month, today()))
        await open(file)
        set({ exporting: false })
      } catch (e) {
        set({ exporting: false, exportError: errorMessage(e) })
      }
    },
  }))
}
