/** Folding events into the request: pure, no clock, no calendar (the events carry their deadlines). */
import type { ServiceRequest } from '../types'
import type { LifecycleEvent } from './events'

/** The request after one event: the event appended, `updatedAt` set, `version` + 1. */
export function evolve(req: ServiceRequest, ev: LifecycleEvent): ServiceRequest {
  return { ...req, ...changes(req, ev), updatedAt: ev.at, version: req.version + 1, events: [...req.events, ev] }
}

/** The request after several events, in order. */
export function evolveAll(req: ServiceRequest, events: readonly LifecycleEvent[]): ServiceRequest {
  return events.reduce(evolve, req)
}

function changes(req: ServiceRequest, ev: LifecycleEvent): Partial<ServiceRequest> {
  switch (ev.type) {
    case 'submit':
    case 'comment':
    case 'remind':
      return {}
    case 'assign':
    case 'dispatch':
      return {
        status: 'assigned',
        assignedUnitId: ev.unitId,
        assigneeId: ev.assigneeId,
        assignedAt: ev.at,
        dispatchedAt: ev.dispatchedAt,
        signForBy: ev.signForBy,
        resolveBy: ev.resolveBy,
        signedAt: null,
        signedOnTime: null,
        dispatchFinal: ev.type === 'dispatch',
      }
    case 'pendingDispatch':
      return { status: 'pending_dispatch' }
    case 'signFor':
      return { status: 'in_progress', signedAt: ev.at, signedOnTime: ev.onTime, assigneeId: ev.actorId }
    case 'return':
      return { status: 'pending_dispatch', assignedUnitId: null, assigneeId: null, signForBy: null, signedAt: null, signedOnTime: null }
    case 'transfer':
      return {
        status: 'assigned',
        assignedUnitId: ev.unitId,
        assigneeId: ev.assigneeId,
        assignedAt: ev.at,
        signForBy: ev.signForBy,
        signedAt: null,
        signedOnTime: null,
        transferCount: req.transferCount + 1,
        dispatchFinal: false,
      }
    case 'requestInfo':
      return { status: 'awaiting_submitter', pausedAt: ev.at }
    case 'reply':
      return { status: 'in_progress', pausedAt: null, resolveBy: ev.resolveBy }
    case 'requestExtension':
      return {
        extension: { days: ev.days, reason: ev.reason, requestedBy: ev.actorId, requestedAt: ev.at, status: 'pending', decidedBy: null, decidedAt: null },
      }
    case 'decideExtension':
      return {
        extension: req.extension && { ...req.extension, status: ev.approve ? 'approved' : 'denied', decidedBy: ev.actorId, decidedAt: ev.at },
        resolveBy: ev.resolveBy,
      }
    case 'resolve':
      return { status: 'resolved', resolvedAt: ev.at, resolutionNote: ev.note, resolutionPhotos: ev.photos }
    case 'confirm':
      return { rating: { solved: ev.solved, satisfaction: ev.satisfaction, ...(ev.comment ? { comment: ev.comment } : {}), at: ev.at } }
    case 'reopen':
      return { status: 'in_progress', resolvedAt: null, resolveBy: ev.resolveBy, reopenCount: req.reopenCount + 1 }
    case 'close':
      return { status: 'closed', closedAt: ev.at }
    case 'withdraw':
      return { status: 'withdrawn' }
    case 'supervise':
      return { supervision: Math.max(req.supervision, ev.level) as 0 | 1 | 2 }
    case 'handover':
      return ev.to
        ? { assigneeId: ev.to, assignedAt: ev.at }
        : { status: 'pending_dispatch', assignedUnitId: null, assigneeId: null, pausedAt: null }
    default: {
      // An event type from a newer version: keep it on the timeline, change nothing.
      const _: never = ev
      return _ && {}
    }
  }
}
