import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { checkinSignals, currentRun, extendTask, isCareOverdue, isMissed, openTask, recordTalk } from '@/core/care'
import type { Checkin } from '@/core/care-types'
import { examDue, insuranceEnding } from '@/core/health-file'

const calendar = createCalendar()

type Day = Pick<Checkin, 'date' | 'health' | 'mood' | 'stress' | 'wantsContact'>
const day = (date: string, over: Partial<Day> = {}): Day => ({ date, health: 'good', mood: 4, stress: 'low', wantsContact: false, ...over })
const unwell = (date: string) => day(date, { health: 'unwell' })
const low = (date: string) => day(date, { mood: 2 })
const stressed = (date: string) => day(date, { stress: 'high' })

// 2026-11-20 is a Friday, 11-23 a Monday; Oct 1–7 2026 are off, Thu Oct 8 and Sat Oct 10 are working days.

test('unwell on two consecutive check-in days: Friday and the Monday after the weekend', () => {
  expect(checkinSignals([unwell('2026-11-20'), unwell('2026-11-23')], calendar)).toEqual(['unwell'])
})

test('unwell before and after the National Day holiday is still two days in a row', () => {
  expect(checkinSignals([unwell('2026-09-30'), unwell('2026-10-08')], calendar)).toEqual(['unwell'])
})

test('a working day without a check-in breaks the run', () => {
  expect(checkinSignals([unwell('2026-11-19'), unwell('2026-11-23')], calendar)).toEqual([])
  // Sat Oct 10 2026 is a make-up working day: skipping it breaks the run from Fri Oct 9 to Mon Oct 12
  expect(checkinSignals([unwell('2026-10-09'), unwell('2026-10-12')], calendar)).toEqual([])
})

test('one unwell day, or unwell then well, is no signal', () => {
  expect(checkinSignals([unwell('2026-11-23')], calendar)).toEqual([])
  expect(checkinSignals([unwell('2026-11-20'), day('2026-11-23')], calendar)).toEqual([])
})

test('low mood (≤ 2) on three consecutive check-in days, across a weekend', () => {
  expect(checkinSignals([low('2026-11-19'), low('2026-11-20'), low('2026-11-23')], calendar)).toEqual(['low_mood'])
  expect(checkinSignals([low('2026-11-20'), low('2026-11-23')], calendar)).toEqual([])
  expect(checkinSignals([low('2026-11-19'), day('2026-11-20', { mood: 3 }), low('2026-11-23')], calendar)).toEqual([])
})

test('low mood across the holiday, with a check-in on a holiday counting too', () => {
  expect(checkinSignals([low('2026-09-30'), low('2026-10-03'), low('2026-10-08')], calendar)).toEqual(['low_mood'])
})

test('high stress on three consecutive check-in days', () => {
  expect(checkinSignals([stressed('2026-09-29'), stressed('2026-09-30'), stressed('2026-10-08')], calendar)).toEqual(['high_stress'])
  expect(checkinSignals([stressed('2026-11-18'), stressed('2026-11-20'), stressed('2026-11-23')], calendar)).toEqual([])
})

test('asking to be contacted is a signal on its own; signals combine', () => {
  expect(checkinSignals([day('2026-11-23', { wantsContact: true })], calendar)).toEqual(['asked'])
  const both = [day('2026-11-20', { health: 'unwell' }), day('2026-11-23', { health: 'unwell', wantsContact: true })]
  expect(checkinSignals(both, calendar)).toEqual(['unwell', 'asked'])
})

test('the run is read in date order whatever order the history comes in', () => {
  expect(currentRun([unwell('2026-11-23'), unwell('2026-11-18'), unwell('2026-11-20')], calendar).map((c) => c.date)).toEqual([
    '2026-11-20',
    '2026-11-23',
  ])
})

test('missed: no check-in on three working days, counted on working days only', () => {
  // last check-in Wed 11-18: Thu, Fri missed, weekend does not count, Monday 11-23 is today (not over)
  expect(isMissed('2026-11-18', '2026-11-23', calendar)).toBe(false)
  expect(isMissed('2026-11-18', '2026-11-24', calendar)).toBe(true) // Thu, Fri, Mon
  // last check-in Tue Sep 29: Wed Sep 30, then the holiday, Thu Oct 8, Fri Oct 9 → on Sat Oct 10 (a working day) 3 missed
  expect(isMissed('2026-09-29', '2026-10-08', calendar)).toBe(false)
  expect(isMissed('2026-09-29', '2026-10-09', calendar)).toBe(false)
  expect(isMissed('2026-09-29', '2026-10-10', calendar)).toBe(true)
})

const cadre = { id: 'cadre-1', name: '周志强', homeUnitId: 'unit-1', villageId: 'v-1' }
const open = (now = '2026-09-30T10:00:00.000+08:00') =>
  openTask({ id: 't1', cadre, townshipId: 't', countyId: 'c', assigneeId: 'l1', reasons: ['unwell'], now, calendar })

test('a care task is due in 2 working days: Wed Sep 30 → Fri Oct 9 over the holiday, Fri → Tue over a weekend', () => {
  expect(open().dueBy).toBe('2026-10-09T10:00:00.000+08:00')
  expect(open('2026-11-20T16:00:00.000+08:00').dueBy).toBe('2026-11-24T16:00:00.000+08:00')
  expect(isCareOverdue(open(), '2026-10-09T10:00:00.000+08:00')).toBe(false)
  expect(isCareOverdue(open(), '2026-10-09T10:00:01.000+08:00')).toBe(true)
})

test('later signals extend the one open task: reasons accumulate once each, the due date stays', () => {
  const task = open()
  const extended = extendTask(task, ['asked', 'unwell'], '2026-10-08T09:00:00.000+08:00')!
  expect(extended.reasons.map((r) => r.reason)).toEqual(['unwell', 'asked'])
  expect(extended.reasons[1]).toMatchObject({ date: '2026-10-08' })
  expect(extended.dueBy).toBe(task.dueBy)
  expect(extended.version).toBe(task.version + 1)
  expect(extendTask(extended, ['unwell', 'asked'], '2026-10-09T09:00:00.000+08:00')).toBeNull()
})

test('recording the talk closes the task; a closed task is not extended or recorded again', () => {
  const closed = recordTalk(open(), { date: '2026-10-08', mode: 'phone', summary: '电话沟通，已缓解', recordedBy: 'l1' }, '2026-10-08T15:00:00.000+08:00')
  expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-10-08T15:00:00.000+08:00', talk: { mode: 'phone', recordedBy: 'l1' } })
  expect(() => extendTask(closed, ['asked'], '2026-10-09T09:00:00.000+08:00')).toThrow(/closed/)
  expect(() => recordTalk(closed, { date: '2026-10-08', mode: 'phone', summary: '再次', recordedBy: 'l1' }, '2026-10-09T09:00:00.000+08:00')).toThrow(/closed/)
})

test('the talk date lies between the opening and today', () => {
  const talk = (date: string) => ({ date, mode: 'video' as const, summary: '视频谈心', recordedBy: 'l1' })
  expect(() => recordTalk(open(), talk('2026-10-09'), '2026-10-08T15:00:00.000+08:00')).toThrow()
  expect(() => recordTalk(open(), talk('2026-09-29'), '2026-10-08T15:00:00.000+08:00')).toThrow()
})

test('health file reminders: exam older than 12 months, insurance ending within 30 days', () => {
  expect(examDue({ lastExamDate: '2025-11-23' }, '2026-11-23')).toBe(false)
  expect(examDue({ lastExamDate: '2025-11-22' }, '2026-11-23')).toBe(true)
  expect(examDue({ lastExamDate: null }, '2026-11-23')).toBe(true)
  expect(insuranceEnding({ insuranceUntil: '2026-12-23' }, '2026-11-23')).toBe(true)
  expect(insuranceEnding({ insuranceUntil: '2026-12-24' }, '2026-11-23')).toBe(false)
  expect(insuranceEnding({ insuranceUntil: null }, '2026-11-23')).toBe(false)
})
