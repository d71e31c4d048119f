/**
 * The request state machine (SPEC §3.3–§3.4) as a decider: `decide(command, request) → events`,
 * `evolve(request, event) → request`. Pure: time and calendar come in through the context.
 */
import type { Command, DecideContext } from './lifecycle/commands'
import { decide } from './lifecycle/decide'
import { evolveAll } from './lifecycle/evolve'
import type { ServiceRequest } from './types'

export { COMMAND_TYPES, type Command, type CommandType, type DecideContext } from './lifecycle/commands'
export { SYSTEM_ACTOR, type LifecycleEvent, type LifecycleEventType } from './lifecycle/events'
export { createRequest, type CreateRequestArgs } from './lifecycle/create'
export { alreadyApplied, decide } from './lifecycle/decide'
export { evolve, evolveAll } from './lifecycle/evolve'
export { canDo, guard, isOpen, RULES, type Relation } from './lifecycle/rules'

/** Decide, then fold the events in: the request after the command, or the refusal thrown. */
export function applyCommand(cmd: Command, req: ServiceRequest, ctx: DecideContext): ServiceRequest {
  return evolveAll(req, decide(cmd, req, ctx))
}
