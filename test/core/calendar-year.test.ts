import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { calendarWarning, describeYear } from '@/core/calendar-year'

// An illustrative 2027 Spring Festival as an admin might enter it (not the official schedule,
// which was not published when this was written): Fri Feb 5 – Thu Feb 11 off, Sun Feb 14 worked.
const springFestival2027 = {
  '2027-02-05': 'off', '2027-02-08': 'off', '2027-02-09': 'off', '2027-02-10': 'off', '2027-02-11': 'off',
  '2027-02-14': 'work',
} as const

test('with 2027 entered by override, addWorkdays across the entered holiday skips it', () => {
  const plain = createCalendar()
  const entered = createCalendar(springFestival2027)
  expect(plain.addWorkdays('2027-02-04T15:00:00.000+08:00', 1)).toBe('2027-02-05T15:00:00.000+08:00')
  expect(entered.addWorkdays('2027-02-04T15:00:00.000+08:00', 1)).toBe('2027-02-12T15:00:00.000+08:00')
  // Fri 12, the make-up Sunday 14, Mon 15, Tue 16, Wed 17
  expect(entered.addWorkdays('2027-02-04T15:00:00.000+08:00', 5)).toBe('2027-02-17T15:00:00.000+08:00')
})

test('the year view gives each date its kind, source and name', () => {
  const days = describeYear(2026, [{ date: '2026-12-31', day: 'off', name: '测试' }, { date: '2026-11-28', day: 'work' }])
  const at = (date: string) => days.find((d) => d.date === date)
  expect(days).toHaveLength(365)
  expect(at('2026-01-03')).toEqual({ date: '2026-01-03', kind: 'holiday', source: 'official', name: '元旦' })
  expect(at('2026-01-04')).toEqual({ date: '2026-01-04', kind: 'makeup', source: 'official', name: '元旦' })
  expect(at('2026-01-05')).toEqual({ date: '2026-01-05', kind: 'workday', source: 'default' })
  expect(at('2026-01-10')).toEqual({ date: '2026-01-10', kind: 'weekend', source: 'default' })
  expect(at('2026-12-31')).toEqual({ date: '2026-12-31', kind: 'holiday', source: 'override', name: '测试' })
  expect(at('2026-11-28')).toEqual({ date: '2026-11-28', kind: 'makeup', source: 'override' })
  expect(describeYear(2028, [])).toHaveLength(366)
})

test('the warning: from 1 November while next year is neither built in nor entered', () => {
  expect(calendarWarning('2026-10-31T23:59:00.000+08:00', [])).toBeNull()
  expect(calendarWarning('2026-11-01T00:00:00.000+08:00', [])).toBe(2027)
  expect(calendarWarning('2026-12-31T12:00:00.000+08:00', [])).toBe(2027)
  expect(calendarWarning('2026-11-01T00:00:00.000+08:00', [2027])).toBeNull()
  expect(calendarWarning('2025-11-15T00:00:00.000+08:00', [])).toBeNull() // 2026 is built in
  // January with the year still missing: warn about it; nothing about 2028 yet.
  expect(calendarWarning('2027-01-05T00:00:00.000+08:00', [])).toBe(2027)
  expect(calendarWarning('2027-01-05T00:00:00.000+08:00', [2027])).toBeNull()
})
