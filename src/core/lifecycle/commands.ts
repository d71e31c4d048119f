/**
 * What a user can ask of an existing request (SPEC §3.3, every action after `submit`). The list is
 * the one source: the decider's rules, `canDo`, the payload schemas (`commandSchemas` in
 * schemas.ts), the contract and the `requests` function's handlers are each keyed by it, so a new
 * action does not compile until every one of them handles it.
 */
import type * as z from 'zod'
import type { Calendar } from '../calendar'
import type { commandSchemas } from '../schemas'
import type { User } from '../types'

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
] as const

export type CommandType = (typeof COMMAND_TYPES)[number]

/** Dispatch and transfer name a unit; the function adds its least-loaded active liaison (null = none yet). */
type AddedByFunction = { dispatch: { assigneeId: string | null }; transfer: { assigneeId: string | null } }

/** A command: the action's payload as parsed by its schema, without the request's id, plus what the function added. */
export type Command = {
  [T in CommandType]: Flat<{ type: T } & Omit<z.output<(typeof commandSchemas)[T]>, 'id'> & (T extends keyof AddedByFunction ? AddedByFunction[T] : unknown)>
}[CommandType]

/** One object type instead of an intersection (what an editor shows on hover). */
type Flat<T> = { [K in keyof T]: T[K] }

/** Who acts, and when: the handler supplies both; the core never reads a clock. */
export interface DecideContext {
  actor: User
  /** ISO-8601 time of the action */
  now: string
  calendar: Calendar
}
