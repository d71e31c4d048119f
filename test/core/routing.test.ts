import { expect, test } from 'vitest'
import { chooseLiaison, chooseUnit } from '@/core/routing'
import type { Pairing } from '@/core/types'

const pairings: Pairing[] = [
  { villageId: 'village-1', unitId: 'unit-helper', lead: false },
  { villageId: 'village-1', unitId: 'unit-lead', lead: true },
  { villageId: 'village-2', unitId: 'unit-other', lead: true },
]
const cadre = { villageId: 'village-1', homeUnitId: 'unit-home' }

test('a support request goes to the lead unit paired with the village', () => {
  expect(chooseUnit('support', cadre, pairings)).toBe('unit-lead')
})

test("a difficulty goes to the cadre's own dispatching unit", () => {
  expect(chooseUnit('difficulty', cadre, pairings)).toBe('unit-home')
})

test('no lead pairing or no home unit leaves it to the secretary', () => {
  expect(chooseUnit('support', { villageId: 'village-9', homeUnitId: 'unit-home' }, pairings)).toBeNull()
  expect(chooseUnit('difficulty', { villageId: 'village-1' }, pairings)).toBeNull()
})

test('inside the unit the liaison with the fewest open requests gets it', () => {
  expect(
    chooseLiaison([
      { userId: 'busy', openCount: 3, lastAssignedAt: null },
      { userId: 'free', openCount: 1, lastAssignedAt: '2026-11-23T09:00:00.000+08:00' },
    ]),
  ).toBe('free')
})

test('a tie goes to the one assigned least recently, never-assigned first, then by id', () => {
  const earlier = { userId: 'a-earlier', openCount: 1, lastAssignedAt: '2026-11-20T09:00:00.000+08:00' }
  const later = { userId: 'a-later', openCount: 1, lastAssignedAt: '2026-11-23T09:00:00.000+08:00' }
  expect(chooseLiaison([later, earlier])).toBe('a-earlier')
  expect(chooseLiaison([later, earlier, { userId: 'z-never', openCount: 1, lastAssignedAt: null }])).toBe('z-never')
  expect(
    chooseLiaison([
      { userId: 'y', openCount: 0, lastAssignedAt: null },
      { userId: 'x', openCount: 0, lastAssignedAt: null },
    ]),
  ).toBe('x')
})

test('no active liaison means nobody', () => {
  expect(chooseLiaison([])).toBeNull()
})
