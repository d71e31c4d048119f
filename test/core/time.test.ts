import { expect, test } from 'vitest'
import { localDate, parseTime, toIso } from '@/core/time'

test('toIso writes any instant in Shanghai time with the +08:00 offset', () => {
  expect(toIso('2026-10-08T02:00:00Z')).toBe('2026-10-08T10:00:00.000+08:00')
  expect(toIso(Date.UTC(2026, 9, 7, 16, 30))).toBe('2026-10-08T00:30:00.000+08:00')
  expect(toIso(new Date('2026-10-08T10:00:00+08:00'))).toBe('2026-10-08T10:00:00.000+08:00')
})

test('localDate is the Shanghai date, which turns over at 16:00 UTC', () => {
  expect(localDate('2026-10-07T15:59:59Z')).toBe('2026-10-07')
  expect(localDate('2026-10-07T16:00:00Z')).toBe('2026-10-08')
})

test('parseTime reads offsets, and a time without offset as Shanghai local time', () => {
  const tenAm = Date.UTC(2026, 9, 8, 2)
  expect(parseTime('2026-10-08T10:00:00.000+08:00')).toBe(tenAm)
  expect(parseTime('2026-10-08T02:00:00Z')).toBe(tenAm)
  expect(parseTime('2026-10-08T10:00')).toBe(tenAm)
  expect(parseTime('2026-10-08')).toBe(Date.UTC(2026, 9, 7, 16))
})

test('parseTime rejects what is not a real time with INPUT.INVALID', () => {
  for (const bad of ['yesterday', '2026-02-30T10:00:00+08:00', '2026-10-08T25:00', '', '1791424800000']) {
    expect(() => parseTime(bad), bad).toThrow(expect.objectContaining({ code: 'INPUT.INVALID' }))
  }
})
