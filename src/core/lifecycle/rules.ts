/**
 * Who may do what, in which state (SPEC §3.3): one table, used by `decide` to refuse and by
 * `canDo` to offer buttons. Role first (AUTH.FORBIDDEN), then state (REQUEST.BAD_STATE).
 */
import { AppError } from '../errors'
import { OPEN_STATUSES, type RequestStatus, type ServiceRequest, type User } from '../types'
import { COMMAND_TYPES, type CommandType } from './commands'

export type Relation = 'submitter' | 'assignedLiaison' | 'townshipSecretary' | 'countyStaff'

const RELATIONS: Record<Relation, (actor: User, req: ServiceRequest) => boolean> = {
  submitter: (a, r) => a.role === 'cadre' && a.id === r.submitterId,
  assignedLiaison: (a, r) => a.role === 'liaison' && !!a.unitId && a.unitId === r.assignedUnitId,
  townshipSecretary: (a, r) => a.role === 'secretary' && a.townshipId === r.townshipId,
  countyStaff: (a, r) => a.role === 'county' && a.countyId === r.countyId,
}

export const isOpen = (status: RequestStatus): boolean => OPEN_STATUSES.includes(status)
const inState =
  (...states: RequestStatus[]) =>
  (r: ServiceRequest) =>
    states.includes(r.status)

interface Rule {
  who: readonly Relation[]
  when: (req: ServiceRequest) => boolean
}

export const RULES: Record<CommandType, Rule> = {
  dispatch: { who: ['townshipSecretary'], when: inState('pending_dispatch') },
  signFor: { who: ['assignedLiaison'], when: inState('assigned') },
  // A secretary's dispatch is final (终审): that unit may not hand it back.
  return: { who: ['assignedLiaison'], when: (r) => r.status === 'assigned' && !r.dispatchFinal },
  transfer: { who: ['assignedLiaison'], when: inState('in_progress') },
  requestInfo: { who: ['assignedLiaison'], when: inState('in_progress') },
  reply: { who: ['submitter'], when: inState('awaiting_submitter') },
  // Once per request: a denied extension is not asked again.
  requestExtension: { who: ['assignedLiaison'], when: (r) => r.status === 'in_progress' && !r.extension },
  decideExtension: {
    who: ['townshipSecretary'],
    when: (r) => r.extension?.status === 'pending' && isOpen(r.status),
  },
  resolve: { who: ['assignedLiaison'], when: inState('in_progress') },
  confirm: { who: ['submitter'], when: inState('resolved') },
  withdraw: { who: ['submitter'], when: (r) => isOpen(r.status) },
  comment: {
    who: ['submitter', 'assignedLiaison', 'townshipSecretary', 'countyStaff'],
    when: (r) => isOpen(r.status),
  },
  supervise: { who: ['townshipSecretary', 'countyStaff'], when: (r) => isOpen(r.status) },
}

/** Throws AUTH.FORBIDDEN when the actor may never do this to the request, REQUEST.BAD_STATE when not now. */
export function guard(type: CommandType, req: ServiceRequest, actor: User): void {
  const rule = RULES[type] as Rule | undefined
  if (!rule) throw new AppError('ACTION.UNKNOWN', `unknown action ${String(type)}`)
  if (!actor.active || !rule.who.some((relation) => RELATIONS[relation](actor, req))) {
    throw new AppError('AUTH.FORBIDDEN', `${actor.role} may not ${type} this request`)
  }
  if (!rule.when(req)) {
    throw new AppError('REQUEST.BAD_STATE', `cannot ${type} a request that is ${req.status}`)
  }
}

/** The actions this actor may take on the request now (for the UI's buttons). */
export function canDo(req: ServiceRequest, actor: User): CommandType[] {
  return COMMAND_TYPES.filter((type) => {
    try {
      guard(type, req, actor)
      return true
    } catch {
      return false
    }
  })
}
