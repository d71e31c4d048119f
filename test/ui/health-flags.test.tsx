// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest'
import type { HealthFile } from '@/core/care-types'
import { HealthView } from '@/features/checkin/components/health-view'
import { healthFlags } from '@/features/checkin/lib/health-flags'
import { axisDates } from '@/features/checkin/lib/format'
import { healthStore } from '@/features/checkin/use-checkin'
import { cleanup, render } from './render'

afterEach(cleanup)

const file = (over: Partial<HealthFile>): HealthFile => ({
  cadreId: 'u-cadre',
  lastExamDate: '2026-03-01',
  leaveYear: 2026,
  leaveEntitled: 10,
  leaveTaken: 3,
  insuranceUntil: '2027-06-30',
  updatedAt: null,
  ...over,
})

const keys = (f: HealthFile, today: string) => healthFlags(f, today).map((x) => x.key)

test('an exam older than 12 months is flagged; one 12 months old to the day is not yet', () => {
  expect(keys(file({ lastExamDate: '2025-12-01' }), '2026-12-02')).toEqual(['exam'])
  expect(keys(file({ lastExamDate: '2025-12-02' }), '2026-12-02')).toEqual([])
  expect(healthFlags(file({ lastExamDate: null }), '2026-12-02')[0].text).toContain('还没有登记体检日期')
})

test('insurance ending within 30 days, or ended, is flagged; later or unknown is not', () => {
  expect(healthFlags(file({ insuranceUntil: '2027-01-01' }), '2026-12-02')).toEqual([
    { key: 'insurance', text: '意外险将于 2027-01-01 到期（30 天内），请及时续保' },
  ])
  expect(keys(file({ insuranceUntil: '2027-01-02' }), '2026-12-02')).toEqual([])
  expect(healthFlags(file({ insuranceUntil: '2026-11-30' }), '2026-12-02')[0].text).toBe('意外险已于 2026-11-30 到期，请尽快续保')
  expect(keys(file({ insuranceUntil: null }), '2026-12-02')).toEqual([])
})

test('the health file screen shows both reminders above the fields', async () => {
  healthStore.setState({ file: file({ lastExamDate: '2020-05-01', insuranceUntil: '2020-06-30' }), editing: false, loading: false, error: null })
  healthStore.getState().edit(false)
  const view = await render(<HealthView />)
  const flags = [...view.querySelectorAll('[data-flag]')].map((el) => el.textContent)
  expect(flags).toEqual(['上次体检是 2020-05-01，已超过 12 个月，请尽快安排体检', '意外险已于 2020-06-30 到期，请尽快续保'])
})

test('the mood chart names its first, middle and last dates', () => {
  expect(axisDates(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'])).toEqual(['2026-11-01', '2026-11-03', '2026-11-05'])
  expect(axisDates(['2026-11-01'])).toEqual(['2026-11-01'])
})
