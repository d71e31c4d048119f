// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { CalendarYear } from '@/core/admin-types'
import { describeYear, type StoredOverride } from '@/core/calendar-year'
import { parseHolidayNotice } from '@/core/holiday-notice'
import { fetchCalendarWarning } from '@/components/calendar-warning'
import { CloudError } from '@/services/call'
import type { CalendarApi } from '@/features/admin/api/ports'
import { createCalendarStore } from '@/features/admin/calendar-store'

/** A fake admin function over an in-memory override table: the store sees what the server would answer. */
function fakeApi(calls: string[] = []) {
  const overrides = new Map<string, StoredOverride>()
  const view = (year: number): CalendarYear => ({
    year,
    builtIn: year <= 2026,
    entered: null,
    days: describeYear(year, [...overrides.values()].filter((o) => o.date.startsWith(`${year}-`))),
  })
  const api: CalendarApi = {
    year: async (year) => (calls.push(`year ${year}`), view(year)),
    set: async (date, day) => {
      calls.push(`set ${date} ${day}`)
      if (day) overrides.set(date, { date, day })
      else overrides.delete(date)
      return view(+date.slice(0, 4))
    },
    parse: async (text) => parseHolidayNotice(text),
    apply: async (year, days) => {
      calls.push(`apply ${year} ${days.length}`)
      for (const d of days) overrides.set(d.date, d)
      return { ...view(year), entered: { at: '2026-12-02T10:00:00.000+08:00', by: 'admin1', how: 'notice' } }
    },
    mark: async (year) => view(year),
  }
  return api
}

const december = () => '2026-12-02T10:00:00.000+08:00'
const NOTICE = '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。'

test('in December the screen opens on next year; the year switcher loads the one before', async () => {
  const calls: string[] = []
  const store = createCalendarStore({ api: fakeApi(calls), clock: december })
  await store.getState().load()
  expect(store.getState().data?.year).toBe(2027)
  await store.getState().shiftYear(-1)
  expect(store.getState().data?.builtIn).toBe(true)
  expect(calls).toEqual(['year 2027', 'year 2026'])
})

test('tapping a date and choosing 休息 overrides it; 恢复默认 clears it', async () => {
  const store = createCalendarStore({ api: fakeApi(), clock: december })
  await store.getState().load()
  store.getState().select('2027-03-01')
  await store.getState().setDay('off')
  const day = () => store.getState().data!.days.find((d) => d.date === '2027-03-01')
  expect(day()).toMatchObject({ kind: 'holiday', source: 'override' })
  expect(store.getState().selected).toBeNull()
  store.getState().select('2027-03-01')
  await store.getState().setDay(null)
  expect(day()).toMatchObject({ kind: 'workday', source: 'default' })
})

test('a pasted notice is listed for review, then applied on 确认应用', async () => {
  const calls: string[] = []
  const store = createCalendarStore({ api: fakeApi(calls), clock: december })
  await store.getState().load()
  store.getState().setText(NOTICE)
  await store.getState().parse()
  expect(store.getState().parsed?.days.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
  expect(calls).not.toContain('apply 2027 3') // nothing stored before the admin confirms
  await store.getState().apply()
  expect(calls).toContain('apply 2027 3')
  expect(store.getState().data?.entered?.how).toBe('notice')
  expect(store.getState().data?.days[0]).toMatchObject({ kind: 'holiday', source: 'override', name: '元旦' })
  expect(store.getState().done).toBe('已应用2027年放假安排')
  expect(store.getState().parsed).toBeNull()
})

test('an unreadable notice shows the line it could not read, and nothing is applied', async () => {
  const calls: string[] = []
  const api = { ...fakeApi(calls), parse: async () => Promise.reject(new CloudError('INPUT.INVALID', 'x', { line: '二、春节：补班' })) }
  const store = createCalendarStore({ api, clock: december })
  store.getState().setText('anything')
  await store.getState().parse()
  expect(store.getState().noticeError).toBe('无法识别这一行：二、春节：补班')
  await store.getState().apply()
  expect(calls.filter((c) => c.startsWith('apply'))).toEqual([])
})

test('the warning is asked for the admin, county and secretaries only, and never blocks a page', async () => {
  const asked: string[] = []
  const ask = async () => (asked.push('ask'), { year: 2027 })
  expect(await fetchCalendarWarning('cadre', ask)).toBeNull()
  expect(await fetchCalendarWarning('liaison', ask)).toBeNull()
  expect(asked).toEqual([])
  expect(await fetchCalendarWarning('secretary', ask)).toBe(2027)
  expect(await fetchCalendarWarning('county', async () => Promise.reject(new Error('offline')))).toBeNull()
})
