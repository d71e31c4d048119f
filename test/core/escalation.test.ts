import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { escalate, nextEscalationAt, remindAt } from '@/core/escalation'
import { buildRequest } from '../builders'

const cal = createCalendar()

test('the reminder falls at 75 % of the working time; time spent waiting for the submitter does not count', () => {
  const req = buildRequest({ status: 'in_progress', dispatchedAt: '2026-11-23T09:00:00.000+08:00', resolveBy: '2026-11-30T09:00:00.000+08:00' })
  expect(remindAt(req)).toBe('2026-11-28T15:00:00.000+08:00')
  const waited = buildRequest({
    ...req,
    resolveBy: '2026-12-02T09:00:00.000+08:00',
    events: [{ type: 'reply', actorId: 'c', at: '2026-11-27T09:00:00.000+08:00', waitedMs: 2 * 86400_000 }],
  })
  expect(remindAt(waited)).toBe('2026-11-30T15:00:00.000+08:00')
})

test('nothing is due for a closed request or while waiting for the submitter (counts aside)', () => {
  expect(nextEscalationAt(buildRequest({ status: 'closed' }), cal)).toBeNull()
  const waiting = buildRequest({ status: 'awaiting_submitter', resolveBy: '2026-11-30T09:00:00.000+08:00', dispatchedAt: '2026-11-23T09:00:00.000+08:00' })
  expect(nextEscalationAt(waiting, cal)).toBeNull()
  expect(escalate(waiting, '2026-12-30T09:00:00.000+08:00', cal)).toBeNull()
  expect(nextEscalationAt({ ...waiting, transferCount: 2 }, cal)).toBe(waiting.updatedAt)
})

test('after escalating, the next time is later than now and a second escalate does nothing', () => {
  const req = buildRequest({ status: 'assigned', dispatchedAt: '2026-11-23T09:00:00.000+08:00', signForBy: '2026-11-24T09:00:00.000+08:00', resolveBy: '2026-11-30T09:00:00.000+08:00' })
  const now = '2026-11-24T09:00:00.000+08:00'
  const first = escalate(req, now, cal)
  expect(first?.notices.map((n) => `${n.notice}→${n.to}`)).toEqual(['signForOverdue→secretaries', 'signForOverdue→assigned'])
  expect(nextEscalationAt(first!.next, cal)! > now).toBe(true)
  expect(escalate(first!.next, now, cal)).toBeNull()
})
