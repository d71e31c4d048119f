/** A new request from a cadre's submission, placed by routing or left for the secretary (SPEC §3.2). */
import type { Calendar } from '../calendar'
import type { SubmitPayload } from '../contract'
import { AppError } from '../errors'
import { resolveBy, signForBy } from '../sla'
import { toIso } from '../time'
import type { ServiceRequest, User } from '../types'
import { SYSTEM_ACTOR, type LifecycleEvent } from './events'
import { evolveAll } from './evolve'

export interface CreateRequestArgs {
  id: string
  /** human-readable number, e.g. QB20261123-48213 (date + five digits, see repos/counters.ts) */
  no: string
  input: SubmitPayload
  submitter: User
  townshipId: string
  countyId: string
  /** the routed unit and its least-loaded active liaison; null = no unit found */
  placement: { unitId: string; assigneeId: string | null } | null
  now: string
  calendar: Calendar
}

export function createRequest(args: CreateRequestArgs): ServiceRequest {
  const { input, submitter, placement, calendar } = args
  if (submitter.role !== 'cadre' || !submitter.active || !submitter.villageId) {
    throw new AppError('AUTH.FORBIDDEN', 'only an active cadre stationed in a village submits requests')
  }
  const now = toIso(args.now)
  const blank: ServiceRequest = {
    id: args.id,
    no: args.no,
    clientRequestId: input.clientRequestId,
    kind: input.kind,
    category: input.category,
    title: input.title.trim(),
    description: input.description.trim(),
    urgency: input.urgency,
    attachments: input.attachments ?? [],
    status: 'pending_dispatch',
    submitterId: submitter.id,
    villageId: submitter.villageId,
    townshipId: args.townshipId,
    countyId: args.countyId,
    assignedUnitId: null,
    assigneeId: null,
    assignedAt: null,
    dispatchedAt: null,
    signForBy: null,
    signedAt: null,
    signedOnTime: null,
    resolveBy: null,
    resolvedAt: null,
    resolutionNote: null,
    closedAt: null,
    supervision: 0,
    reopenCount: 0,
    transferCount: 0,
    rating: null,
    dispatchFinal: false,
    pausedAt: null,
    extension: null,
    resolutionPhotos: [],
    createdAt: now,
    updatedAt: now,
    version: 0,
    events: [],
  }
  const { kind, category, urgency, clientRequestId } = input
  const submitted: LifecycleEvent = { type: 'submit', actorId: submitter.id, at: now, kind, category, urgency, clientRequestId }
  const placed: LifecycleEvent =
    placement?.assigneeId
      ? {
          type: 'assign',
          actorId: SYSTEM_ACTOR,
          at: now,
          unitId: placement.unitId,
          assigneeId: placement.assigneeId,
          dispatchedAt: now,
          signForBy: signForBy(now, urgency, calendar),
          resolveBy: resolveBy(now, urgency, calendar),
        }
      : {
          type: 'pendingDispatch',
          actorId: SYSTEM_ACTOR,
          at: now,
          reason: placement ? 'no_liaison' : 'no_unit',
          unitId: placement?.unitId ?? null,
        }
  // Creation is one write, whatever number of events it records.
  return { ...evolveAll(blank, [submitted, placed]), version: 1 }
}
