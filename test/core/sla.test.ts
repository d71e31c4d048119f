import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { resolveBy, signForBy } from '@/core/sla'

const cal = createCalendar()
const fridayEvening = '2026-11-20T17:00:00.000+08:00'

test('an urgent request must be signed for within two hours, weekend or not', () => {
  expect(signForBy(fridayEvening, 'urgent', cal)).toBe('2026-11-20T19:00:00.000+08:00')
})

test('a normal request must be signed for by the same time on the next working day', () => {
  expect(signForBy(fridayEvening, 'normal', cal)).toBe('2026-11-23T17:00:00.000+08:00')
  expect(signForBy('2026-09-30T10:00:00.000+08:00', 'normal', cal)).toBe('2026-10-08T10:00:00.000+08:00')
})

test('resolve within five working days, urgent within two', () => {
  expect(resolveBy('2026-09-30T10:00:00.000+08:00', 'normal', cal)).toBe('2026-10-13T10:00:00.000+08:00')
  expect(resolveBy('2026-09-30T10:00:00.000+08:00', 'urgent', cal)).toBe('2026-10-09T10:00:00.000+08:00')
})
