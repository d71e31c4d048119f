// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import { rates, zeroCounters } from '@/core/figures'
import type { Breakdown, CareFigures, OverduePage, Overview } from '@/core/stats-types'
import { createDashboardStore } from '@/features/dashboard/dashboard-store'
import type { StatsApi } from '@/features/dashboard/api/ports'
import { periodLabel, recentPeriod } from '@/features/dashboard/lib/period'

const scope = { type: 'township' as const, id: 't1', name: '东乡' }
const figures = (dispatched: number) => rates({ ...zeroCounters(), dispatched })
const breakdown = (by: Breakdown['by']): Breakdown => ({ scope, from: '', to: '', by, rows: [] })

function fakeApi(calls: string[]): StatsApi {
  return {
    overview: async (s, p) => (calls.push(`overview ${s?.id ?? 'own'} ${p.from} ${p.to}`), { scope, ...p, figures: figures(3) }) as Overview,
    breakdown: async (s, p, by) => (calls.push(`breakdown ${by} ${s?.id ?? 'own'} ${p.from}`), breakdown(by)),
    overdue: async () => ({ scope, total: 0, items: [], cursor: null }) as OverduePage,
    care: async () => ({ available: true }) as CareFigures,
    exportFile: async () => ({ filename: 'a.xlsx', bytes: 1, fileID: 'cloud://x', url: '/f' }),
  }
}

const ports = (calls: string[], county = false, opened: unknown[] = []) => ({
  api: fakeApi(calls),
  clock: () => '2026-11-23T09:00:00.000+08:00',
  open: async (f: unknown) => void opened.push(f),
  isCounty: () => county,
})

test('the secretary’s dashboard opens on the last 30 days, the six-month trend and the unit ranking of their own township', async () => {
  const calls: string[] = []
  const store = createDashboardStore(ports(calls))
  await store.getState().load()
  expect(calls.sort()).toEqual([
    'breakdown month own 2026-06-01',
    'breakdown unit own 2026-10-24',
    'overview own 2026-10-24 2026-11-24',
  ])
  expect(store.getState().overview?.figures.counts.dispatched).toBe(3)
  expect(store.getState().townships).toBeNull()
})

test('on 2 December it opens on 2 November – 2 December, not on a two-day-old month', async () => {
  const calls: string[] = []
  const store = createDashboardStore({ ...ports(calls), clock: () => '2026-12-02T08:00:00.000+08:00' })
  await store.getState().load()
  expect(store.getState().month).toBeNull()
  expect(calls).toContain('overview own 2026-11-02 2026-12-03')
  expect(periodLabel(null, '2026-12-02')).toBe('近30天（11月2日–12月2日）')
  expect(recentPeriod('2026-03-01')).toEqual({ from: '2026-01-30', to: '2026-03-02' })
})

test('the arrows step through calendar months and come back to the last 30 days, never further', async () => {
  const calls: string[] = []
  const store = createDashboardStore(ports(calls))
  await store.getState().shift(1)
  expect(store.getState().month).toBeNull()
  await store.getState().shift(-1)
  expect(store.getState().month).toBe('2026-11')
  await store.getState().shift(-1)
  expect(store.getState().month).toBe('2026-10')
  expect(calls).toContain('overview own 2026-10-01 2026-11-01')
  expect(periodLabel('2026-10', '2026-11-23')).toBe('2026年10月')
  await store.getState().shift(1)
  await store.getState().shift(1)
  expect(store.getState().month).toBeNull()
})

test('county staff compare townships and can focus one, then come back', async () => {
  const calls: string[] = []
  const store = createDashboardStore(ports(calls, true))
  await store.getState().load()
  expect(calls).toContain('breakdown township own 2026-10-24')
  calls.length = 0
  await store.getState().focus({ type: 'township', id: 't2' })
  expect(calls).toContain('overview t2 2026-10-24 2026-11-24')
  expect(calls.some((c) => c.startsWith('breakdown township'))).toBe(false)
})

test('export opens the file the server made; a failure shows a message', async () => {
  const opened: unknown[] = []
  const store = createDashboardStore(ports([], false, opened))
  await store.getState().exportFile()
  expect(opened).toEqual([{ filename: 'a.xlsx', bytes: 1, fileID: 'cloud://x', url: '/f' }])
  const failing = createDashboardStore({ ...ports([]), open: async () => Promise.reject(new Error('x')) })
  await failing.getState().exportFile()
  expect(failing.getState()).toMatchObject({ exporting: false })
  expect(failing.getState().exportError).toBeTruthy()
})

test('the overdue list reads its next page on demand and stops at the last', async () => {
  const item = (n: number) => ({ id: `r${n}`, no: `QB-${n}`, title: `超期 ${n}` }) as OverduePage['items'][number]
  const asked: Array<string | undefined> = []
  const api: StatsApi = {
    ...fakeApi([]),
    overdue: async (_s, cursor) => {
      asked.push(cursor)
      return cursor === '20'
        ? { scope, total: 21, items: [item(21)], cursor: null }
        : { scope, total: 21, items: Array.from({ length: 20 }, (_, i) => item(i + 1)), cursor: '20' }
    },
  }
  const store = createDashboardStore({ ...ports([]), api })
  await store.getState().load()
  expect(store.getState().overdue?.items).toHaveLength(20)
  await store.getState().moreOverdue()
  expect(store.getState().overdue?.items.map((i) => i.id)).toEqual(Array.from({ length: 21 }, (_, i) => `r${i + 1}`))
  expect(store.getState().overdue?.cursor).toBeNull()
  await store.getState().moreOverdue() // the last page is in: nothing more is asked
  expect(asked).toEqual([undefined, '20'])
})
