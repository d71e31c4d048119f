// The 7-field cron of WeChat timer triggers, read in UTC+8.
import { expect, test } from 'vitest'
import { parseCron } from '../../cloudfunctions/_local/cron'

const at = (iso: string) => Date.parse(iso)

test('"0 0 * * * * *" fires at every full hour, Shanghai time', () => {
  const hourly = parseCron('0 0 * * * * *')
  expect(hourly.matches(at('2026-10-08T10:00:00+08:00'))).toBe(true)
  expect(hourly.matches(at('2026-10-08T10:00:01+08:00'))).toBe(false)
  expect(hourly.matches(at('2026-10-08T10:30:00+08:00'))).toBe(false)
})

test('hours are read in UTC+8, not UTC', () => {
  const twoAm = parseCron('0 0 2 * * * *')
  expect(twoAm.matches(at('2026-10-08T02:00:00+08:00'))).toBe(true)
  expect(twoAm.matches(at('2026-10-08T02:00:00Z'))).toBe(false)
})

test('steps, ranges, lists and names', () => {
  expect(parseCron('*/5 * * * * * *').matches(at('2026-10-08T10:00:15+08:00'))).toBe(true)
  expect(parseCron('*/5 * * * * * *').matches(at('2026-10-08T10:00:16+08:00'))).toBe(false)
  expect(parseCron('0 1/10 * * * * *').matches(at('2026-10-08T10:21:00+08:00'))).toBe(true)
  expect(parseCron('0 0 10,14,16 * * * *').matches(at('2026-10-08T14:00:00+08:00'))).toBe(true)
  // 2026-10-08 is a Thursday
  expect(parseCron('0 15 10 * * MON-FRI *').matches(at('2026-10-08T10:15:00+08:00'))).toBe(true)
  expect(parseCron('0 15 10 * * SAT,SUN *').matches(at('2026-10-08T10:15:00+08:00'))).toBe(false)
  expect(parseCron('0 0 0 1 OCT * 2026').matches(at('2026-10-01T00:00:00+08:00'))).toBe(true)
})

test('day and weekday both given: either one is enough', () => {
  const cron = parseCron('0 0 9 1 * 1 *') // the 1st of the month, or any Monday
  expect(cron.matches(at('2026-10-01T09:00:00+08:00'))).toBe(true) // Thursday the 1st
  expect(cron.matches(at('2026-10-05T09:00:00+08:00'))).toBe(true) // Monday
  expect(cron.matches(at('2026-10-06T09:00:00+08:00'))).toBe(false)
})

test('malformed expressions are refused', () => {
  expect(() => parseCron('0 0 * * *')).toThrow(/7 fields/)
  expect(() => parseCron('0 61 * * * * *')).toThrow()
  expect(() => parseCron('0 0 * * * XYZ *')).toThrow()
  expect(() => parseCron('*/0 * * * * * *')).toThrow()
})
