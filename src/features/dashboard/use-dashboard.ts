import { useStore } from 'zustand'
import { systemClock } from '@/services/clock'
import { useSession } from '@/services/session'
import { statsApi } from './api/calls'
import { createDashboardStore, type DashboardState } from './dashboard-store'
import { openWorkbook } from '@/services/open-workbook'

export const dashboardStore = createDashboardStore({
  api: statsApi,
  clock: systemClock,
  open: openWorkbook,
  isCounty: () => useSession.getState().user?.role === 'county',
})

export const useDashboard = <T>(select: (s: DashboardState) => T) => useStore(dashboardStore, select)
