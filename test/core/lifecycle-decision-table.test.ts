/**
 * Every action × every role × every state (SPEC §3.3): allowed, or exactly which refusal.
 * The expectations are written out here, independently of the rules table in the core.
 */
import { expect, test } from 'vitest'
import { createCalendar } from '@/core/calendar'
import { AppError } from '@/core/errors'
import { canDo, COMMAND_TYPES, decide, type Command, type CommandType } from '@/core/lifecycle'
import type { ServiceRequest } from '@/core/types'
import { buildRequest, people } from '../builders'

type Role = keyof typeof people
type Situation = ServiceRequest['status'] | 'in_progress, extension pending'

const SITUATIONS: Situation[] = [
  'pending_dispatch',
  'assigned',
  'in_progress',
  'in_progress, extension pending',
  'awaiting_submitter',
  'resolved',
  'closed',
  'withdrawn',
]
const OPEN: Situation[] = ['pending_dispatch', 'assigned', 'in_progress', 'in_progress, extension pending', 'awaiting_submitter']
const WORKING: Situation[] = ['in_progress', 'in_progress, extension pending']

const ALLOWED: Record<CommandType, { who: Role[]; from: Situation[] }> = {
  dispatch: { who: ['secretary'], from: ['pending_dispatch'] },
  signFor: { who: ['liaison'], from: ['assigned'] },
  return: { who: ['liaison'], from: ['assigned'] },
  transfer: { who: ['liaison'], from: WORKING },
  requestInfo: { who: ['liaison'], from: WORKING },
  reply: { who: ['submitter'], from: ['awaiting_submitter'] },
  requestExtension: { who: ['liaison'], from: ['in_progress'] },
  decideExtension: { who: ['secretary'], from: ['in_progress, extension pending'] },
  resolve: { who: ['liaison'], from: WORKING },
  confirm: { who: ['submitter'], from: ['resolved'] },
  withdraw: { who: ['submitter'], from: OPEN },
  comment: { who: ['submitter', 'liaison', 'secretary', 'county'], from: OPEN },
  supervise: { who: ['secretary', 'county'], from: OPEN },
}

const COMMANDS: Record<CommandType, Command> = {
  dispatch: { type: 'dispatch', unitId: 'unit-b', assigneeId: 'liaison-b' },
  signFor: { type: 'signFor' },
  return: { type: 'return', reason: '不属于本单位职责' },
  transfer: { type: 'transfer', unitId: 'unit-b', assigneeId: 'liaison-b', reason: '需由交通部门办理' },
  requestInfo: { type: 'requestInfo', question: '请补充具体路段' },
  reply: { type: 'reply', text: '县道012线' },
  requestExtension: { type: 'requestExtension', days: 3, reason: '需协调县交通局' },
  decideExtension: { type: 'decideExtension', approve: true },
  resolve: { type: 'resolve', note: '已协调班车每日一趟' },
  confirm: { type: 'confirm', solved: true, satisfaction: 'satisfied' },
  withdraw: { type: 'withdraw' },
  comment: { type: 'comment', text: '请尽快处理' },
  supervise: { type: 'supervise', note: '请本周内办结' },
}

function requestIn(situation: Situation): ServiceRequest {
  if (situation !== 'in_progress, extension pending') return buildRequest({ status: situation })
  return buildRequest({
    status: 'in_progress',
    extension: {
      days: 3,
      reason: '需协调县交通局',
      requestedBy: 'liaison-a',
      requestedAt: '2026-11-24T09:00:00.000+08:00',
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
    },
  })
}

function expected(action: CommandType, role: Role, situation: Situation): string {
  const rule = ALLOWED[action]
  // A request waiting for dispatch has no assigned unit, so no liaison is "of the assigned unit".
  const related = rule.who.includes(role) && !(role === 'liaison' && situation === 'pending_dispatch')
  if (!related) return 'AUTH.FORBIDDEN'
  return rule.from.includes(situation) ? 'allowed' : 'REQUEST.BAD_STATE'
}

function outcome(action: CommandType, role: Role, situation: Situation): string {
  const ctx = { actor: people[role], now: '2026-11-25T10:00:00.000+08:00', calendar: createCalendar() }
  try {
    return decide(COMMANDS[action], requestIn(situation), ctx).length > 0 ? 'allowed' : 'no events'
  } catch (e) {
    return e instanceof AppError ? e.code : String(e)
  }
}

const ROLES = Object.keys(people) as Role[]
const cases = COMMAND_TYPES.flatMap((action) =>
  ROLES.flatMap((role) => SITUATIONS.map((situation) => ({ action, role, situation, result: expected(action, role, situation) }))),
)

test('the table covers 13 actions × 8 roles × 8 situations', () => {
  expect([COMMAND_TYPES.length, ROLES.length, SITUATIONS.length, cases.length]).toEqual([13, 8, 8, 832])
  const count = (result: string) => cases.filter((c) => c.result === result).length
  expect([count('allowed'), count('REQUEST.BAD_STATE'), count('AUTH.FORBIDDEN')]).toEqual([47, 82, 703])
})

test.each(cases)('$action by $role when $situation → $result', ({ action, role, situation, result }) => {
  expect(outcome(action, role, situation)).toBe(result)
  expect(canDo(requestIn(situation), people[role]).includes(action)).toBe(result === 'allowed')
})
