/** What a user can ask of an existing request (SPEC §3.3, every action after `submit`). */
import type { Calendar } from '../calendar'
import type { Satisfaction, User } from '../types'

export type Command =
  | { type: 'signFor' }
  | { type: 'return'; reason: string }
  /** assigneeId: the unit's least-loaded active liaison, chosen by the caller; null = none yet */
  | { type: 'dispatch'; unitId: string; assigneeId: string | null }
  | { type: 'transfer'; unitId: string; assigneeId: string | null; reason: string }
  | { type: 'requestInfo'; question: string }
  | { type: 'reply'; text: string; clientActionId?: string }
  | { type: 'requestExtension'; days: number; reason: string }
  | { type: 'decideExtension'; approve: boolean }
  | { type: 'resolve'; note: string; photos?: string[] }
  | { type: 'confirm'; solved: boolean; satisfaction: Satisfaction; comment?: string; clientActionId?: string }
  | { type: 'withdraw' }
  | { type: 'comment'; text: string }
  | { type: 'supervise'; note: string }

export type CommandType = Command['type']

export const COMMAND_TYPES = [
  'signFor',
  'return',
  'dispatch',
  'transfer',
  'requestInfo',
  'reply',
  'requestExtension',
  'decideExtension',
  'resolve',
  'confirm',
  'withdraw',
  'comment',
  'supervise',
] as const satisfies readonly CommandType[]

/** Who acts, and when: the handler supplies both; the core never reads a clock. */
export interface DecideContext {
  actor: User
  /** ISO-8601 time of the action */
  now: string
  calendar: Calendar
}
