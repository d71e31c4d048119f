import { expect, test } from 'vitest'
import { createCalendar, knownYears } from '@/core/calendar'

const cal = createCalendar()

test('National Day 2026: Wed Sep 30 10:00 plus one working day is Thu Oct 8 10:00', () => {
  expect(cal.addWorkdays('2026-09-30T10:00:00.000+08:00', 1)).toBe('2026-10-08T10:00:00.000+08:00')
})

test('National Day 2026: plus five working days counts the make-up Saturday Oct 10', () => {
  expect(cal.isWorkday('2026-10-10')).toBe(true)
  expect(cal.addWorkdays('2026-09-30T10:00:00.000+08:00', 5)).toBe('2026-10-13T10:00:00.000+08:00')
})

test('a weekend: Saturday 10:00 plus one working day is Monday 10:00', () => {
  expect(cal.addWorkdays('2026-11-21T10:00:00.000+08:00', 1)).toBe('2026-11-23T10:00:00.000+08:00')
  expect(cal.addWorkdays('2026-11-20T17:30:00.000+08:00', 1)).toBe('2026-11-23T17:30:00.000+08:00')
})

test('days are Shanghai days: Friday 16:30 UTC is already Saturday 00:30 there', () => {
  expect(cal.addWorkdays('2026-11-20T16:30:00Z', 1)).toBe('2026-11-23T00:30:00.000+08:00')
})

test('admin overrides win over the official schedule', () => {
  const withOverrides = createCalendar({ '2026-10-08': 'off', '2026-10-03': 'work' })
  expect(withOverrides.isWorkday('2026-10-08')).toBe(false)
  expect(withOverrides.addWorkdays('2026-09-30T10:00:00.000+08:00', 1)).toBe('2026-10-03T10:00:00.000+08:00')
  expect(withOverrides.addWorkdays('2026-10-03T10:00:00.000+08:00', 1)).toBe('2026-10-09T10:00:00.000+08:00')
})

test('a year the package does not know falls back to Monday to Friday, plus overrides', () => {
  expect(knownYears()).toContain(2026)
  expect(knownYears()).not.toContain(2027)
  expect(cal.isWorkday('2027-10-01')).toBe(true) // a Friday: unknown holiday, so a working day
  expect(cal.isWorkday('2027-10-02')).toBe(false)
  expect(createCalendar({ '2027-10-01': 'off' }).isWorkday('2027-10-01')).toBe(false)
})

test('workdaysBetween counts working days after the first date up to the second', () => {
  expect(cal.workdaysBetween('2026-09-30', '2026-10-13')).toBe(5)
  expect(cal.workdaysBetween('2026-10-13', '2026-09-30')).toBe(-5)
  expect(cal.workdaysBetween('2026-10-01', '2026-10-07')).toBe(0)
  expect(cal.workdaysBetween('2026-09-30T10:00:00.000+08:00', '2026-10-08T09:00:00.000+08:00')).toBe(1)
})

test('a malformed date is INPUT.INVALID', () => {
  expect(() => cal.isWorkday('2026/10/08')).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }))
})
