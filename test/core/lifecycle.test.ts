import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { applyCommand, canDo, createRequest, decide, evolve, type Command } from '@/core/lifecycle'
import type { ServiceRequest, User } from '@/core/types'
import { buildRequest, buildSubmit, people } from '../builders'

const calendar = createCalendar()
const { submitter, liaison, otherLiaison, secretary, county } = people

function act(req: ServiceRequest, actor: User, now: string, cmd: Command): ServiceRequest {
  return applyCommand(cmd, req, { actor, now, calendar })
}
function refusal(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    return (e as { code?: string }).code ?? String(e)
  }
  return 'allowed'
}
const submitArgs = {
  id: 'req-1',
  no: 'QB20260930-0001',
  input: buildSubmit(),
  submitter,
  townshipId: 'town-1',
  countyId: 'county-1',
  now: '2026-09-30T10:00:00.000+08:00',
  calendar,
}

test('a routed submission is assigned at once, with its deadlines counted over National Day', () => {
  const req = createRequest({ ...submitArgs, placement: { unitId: 'unit-a', assigneeId: 'liaison-a' } })
  expect(req).toMatchObject({
    status: 'assigned',
    assignedUnitId: 'unit-a',
    assigneeId: 'liaison-a',
    dispatchedAt: '2026-09-30T10:00:00.000+08:00',
    signForBy: '2026-10-08T10:00:00.000+08:00',
    resolveBy: '2026-10-13T10:00:00.000+08:00',
    version: 1,
  })
  expect(req.events.map((e) => e.type)).toEqual(['submit', 'assign'])
})

test('a unit without an active liaison, or no unit at all, leaves it pending dispatch', () => {
  const noLiaison = createRequest({ ...submitArgs, placement: { unitId: 'unit-a', assigneeId: null } })
  expect(noLiaison).toMatchObject({ status: 'pending_dispatch', assignedUnitId: null, dispatchedAt: null, resolveBy: null })
  expect(noLiaison.events[1]).toMatchObject({ type: 'pendingDispatch', reason: 'no_liaison', unitId: 'unit-a' })
  const noUnit = createRequest({ ...submitArgs, placement: null })
  expect(noUnit.events[1]).toMatchObject({ type: 'pendingDispatch', reason: 'no_unit' })
})

test('only an active cadre submits', () => {
  expect(refusal(() => createRequest({ ...submitArgs, submitter: liaison, placement: null }))).toBe('AUTH.FORBIDDEN')
})

test('signing for records the time and whether it was on time', () => {
  const onTime = act(buildRequest(), liaison, '2026-11-23T15:00:00.000+08:00', { type: 'signFor' })
  expect(onTime).toMatchObject({ status: 'in_progress', signedAt: '2026-11-23T15:00:00.000+08:00', signedOnTime: true })
  const late = act(buildRequest(), liaison, '2026-11-24T09:00:01.000+08:00', { type: 'signFor' })
  expect(late.signedOnTime).toBe(false)
})

test('two liaisons racing to sign: the second finds it no longer assigned', () => {
  const colleague = { ...liaison, id: 'liaison-a2' }
  const signed = act(buildRequest(), liaison, '2026-11-23T10:00:00.000+08:00', { type: 'signFor' })
  expect(refusal(() => act(signed, colleague, '2026-11-23T10:00:01.000+08:00', { type: 'signFor' }))).toBe('REQUEST.BAD_STATE')
})

test('a returned request goes back to the secretary, whose dispatch is final and keeps the first clock', () => {
  const assigned = buildRequest()
  const returned = act(assigned, liaison, '2026-11-23T11:00:00.000+08:00', { type: 'return', reason: '不属于本单位职责' })
  expect(returned).toMatchObject({ status: 'pending_dispatch', assignedUnitId: null, dispatchedAt: assigned.dispatchedAt })

  const dispatched = act(returned, secretary, '2026-11-23T14:00:00.000+08:00', { type: 'dispatch', unitId: 'unit-b', assigneeId: 'liaison-b' })
  expect(dispatched).toMatchObject({
    status: 'assigned',
    assignedUnitId: 'unit-b',
    dispatchFinal: true,
    dispatchedAt: assigned.dispatchedAt,
    resolveBy: assigned.resolveBy,
    signForBy: '2026-11-24T14:00:00.000+08:00',
  })
  expect(refusal(() => act(dispatched, otherLiaison, '2026-11-23T15:00:00.000+08:00', { type: 'return', reason: '也不属于我们' }))).toBe(
    'REQUEST.BAD_STATE',
  )
})

test('a first dispatch by the secretary starts the resolve clock', () => {
  const pending = buildRequest({ status: 'pending_dispatch' })
  const dispatched = act(pending, secretary, '2026-09-30T10:00:00.000+08:00', { type: 'dispatch', unitId: 'unit-a', assigneeId: null })
  expect(dispatched).toMatchObject({ dispatchedAt: '2026-09-30T10:00:00.000+08:00', resolveBy: '2026-10-13T10:00:00.000+08:00', assigneeId: null })
})

test('a transfer keeps the resolve deadline (首接负责) and sets a new sign-for deadline', () => {
  const working = buildRequest({ status: 'in_progress', urgency: 'urgent' })
  const moved = act(working, liaison, '2026-11-24T10:00:00.000+08:00', {
    type: 'transfer',
    unitId: 'unit-b',
    assigneeId: 'liaison-b',
    reason: '需由交通部门办理',
  })
  expect(moved).toMatchObject({
    status: 'assigned',
    assignedUnitId: 'unit-b',
    transferCount: 1,
    resolveBy: working.resolveBy,
    signForBy: '2026-11-24T12:00:00.000+08:00',
    signedAt: null,
  })
  expect(canDo(moved, otherLiaison)).toEqual(['signFor', 'return', 'comment'])
  const sameUnit: Command = { type: 'transfer', unitId: 'unit-a', assigneeId: 'liaison-a', reason: '转回本单位处理' }
  expect(refusal(() => act(working, liaison, '2026-11-24T10:00:00.000+08:00', sameUnit))).toBe('INPUT.INVALID')
})

test('waiting for the submitter moves the resolve deadline by the calendar time waited', () => {
  const working = buildRequest({ status: 'in_progress' })
  const asked = act(working, liaison, '2026-11-24T09:00:00.000+08:00', { type: 'requestInfo', question: '请补充具体路段' })
  expect(asked).toMatchObject({ status: 'awaiting_submitter', pausedAt: '2026-11-24T09:00:00.000+08:00' })
  const answered = act(asked, submitter, '2026-11-27T15:30:00.000+08:00', { type: 'reply', text: '县道012线' })
  expect(answered).toMatchObject({ status: 'in_progress', pausedAt: null, resolveBy: '2026-12-03T15:30:00.000+08:00' })
})

test('one extension per request, decided by the township secretary in working days', () => {
  const working = buildRequest({ status: 'in_progress' })
  const asked = act(working, liaison, '2026-11-25T09:00:00.000+08:00', { type: 'requestExtension', days: 3, reason: '需协调县交通局' })
  expect(asked.extension).toMatchObject({ days: 3, status: 'pending' })
  expect(refusal(() => act(asked, liaison, '2026-11-25T10:00:00.000+08:00', { type: 'requestExtension', days: 2, reason: '再延两天吧' }))).toBe(
    'REQUEST.BAD_STATE',
  )

  const approved = act(asked, secretary, '2026-11-25T11:00:00.000+08:00', { type: 'decideExtension', approve: true })
  expect(approved.resolveBy).toBe('2026-12-03T09:00:00.000+08:00') // Mon Nov 30 + 3 working days
  expect(approved.extension).toMatchObject({ status: 'approved', decidedBy: 'sec-1' })

  const denied = act(asked, secretary, '2026-11-25T11:00:00.000+08:00', { type: 'decideExtension', approve: false })
  expect(denied).toMatchObject({ resolveBy: working.resolveBy, extension: { status: 'denied' } })
  expect(refusal(() => act(denied, liaison, '2026-11-25T12:00:00.000+08:00', { type: 'requestExtension', days: 1, reason: '还是需要延期' }))).toBe(
    'REQUEST.BAD_STATE',
  )
})

test('resolved, then rated unsatisfied: back to the same unit with a new deadline from the rating', () => {
  const working = buildRequest({ status: 'in_progress' })
  const resolved = act(working, liaison, '2026-11-25T15:00:00.000+08:00', { type: 'resolve', note: '已协调班车每日一趟', photos: ['cloud://p1'] })
  expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-25T15:00:00.000+08:00', resolutionNote: '已协调班车每日一趟' })

  const reopened = act(resolved, submitter, '2026-09-30T10:00:00.000+08:00', { type: 'confirm', solved: false, satisfaction: 'unsatisfied' })
  expect(reopened).toMatchObject({
    status: 'in_progress',
    assignedUnitId: 'unit-a',
    reopenCount: 1,
    resolvedAt: null,
    resolveBy: '2026-10-13T10:00:00.000+08:00',
    rating: { solved: false, satisfaction: 'unsatisfied' },
  })
  expect(reopened.events.slice(-2).map((e) => e.type)).toEqual(['confirm', 'reopen'])
})

test('rated satisfied or basic: closed with the rating', () => {
  const resolved = buildRequest({ status: 'resolved' })
  const closed = act(resolved, submitter, '2026-11-26T09:00:00.000+08:00', { type: 'confirm', solved: true, satisfaction: 'basic', comment: '基本解决' })
  expect(closed).toMatchObject({
    status: 'closed',
    closedAt: '2026-11-26T09:00:00.000+08:00',
    rating: { solved: true, satisfaction: 'basic', comment: '基本解决', at: '2026-11-26T09:00:00.000+08:00' },
  })
})

test('the submitter may withdraw until it is resolved', () => {
  expect(act(buildRequest({ status: 'awaiting_submitter' }), submitter, '2026-11-25T09:00:00.000+08:00', { type: 'withdraw' }).status).toBe('withdrawn')
  expect(refusal(() => act(buildRequest({ status: 'resolved' }), submitter, '2026-11-25T09:00:00.000+08:00', { type: 'withdraw' }))).toBe(
    'REQUEST.BAD_STATE',
  )
})

test('supervision rises to 1 by the secretary and 2 by the county, and never goes down', () => {
  const now = '2026-11-25T09:00:00.000+08:00'
  const bySecretary = act(buildRequest(), secretary, now, { type: 'supervise', note: '请今天签收' })
  expect(bySecretary.supervision).toBe(1)
  const byCounty = act(bySecretary, county, now, { type: 'supervise', note: '县委组织部督办' })
  expect(byCounty.supervision).toBe(2)
  expect(act(byCounty, secretary, now, { type: 'supervise', note: '再次督办' }).supervision).toBe(2)
})

test('every change appends to the timeline, bumps the version and never rewrites what was there', () => {
  const req = buildRequest({ events: [{ type: 'submit', actorId: 'cadre-1', at: '2026-11-23T09:00:00.000+08:00' }] })
  const [event] = decide({ type: 'comment', text: '请尽快处理' }, req, { actor: submitter, now: '2026-11-23T12:00:00Z', calendar })
  const next = evolve(req, event)
  expect(event).toEqual({ type: 'comment', actorId: 'cadre-1', at: '2026-11-23T20:00:00.000+08:00', text: '请尽快处理' })
  expect(next.events).toEqual([...req.events, event])
  expect(next).toMatchObject({ version: 2, updatedAt: '2026-11-23T20:00:00.000+08:00', status: 'assigned' })
  expect(req.events).toHaveLength(1)
})

test('an inactive user may do nothing', () => {
  expect(canDo(buildRequest(), { ...liaison, active: false })).toEqual([])
})

test('the buttons each role sees on a request being worked on', () => {
  const working = buildRequest({ status: 'in_progress' })
  expect(canDo(working, liaison)).toEqual(['transfer', 'requestInfo', 'requestExtension', 'resolve', 'comment'])
  expect(canDo(working, submitter)).toEqual(['withdraw', 'comment'])
  expect(canDo(working, secretary)).toEqual(['comment', 'supervise'])
  expect(canDo(working, people.admin)).toEqual([])
})
