/**
 * The events of a request's timeline. Each carries what `evolve` needs (deadlines already
 * computed), so folding them never needs the calendar or the clock.
 */
import type { Category, RequestKind, Satisfaction, Urgency } from '../types'

/** actorId of what the system does by itself: routing, escalation, auto-close. */
export const SYSTEM_ACTOR = 'system'

/** clientActionId: the idempotency key of an offline reply or rating, so its resend is recognised */
type Base = { actorId: string; at: string; clientActionId?: string }
type Assignment = { unitId: string; assigneeId: string | null; signForBy: string; dispatchedAt: string; resolveBy: string }

export type LifecycleEvent = Base &
  (
    | { type: 'submit'; kind: RequestKind; category: Category; urgency: Urgency; clientRequestId: string }
    /** routing placed it at submit time */
    | ({ type: 'assign' } & Assignment)
    | { type: 'pendingDispatch'; reason: 'no_unit' | 'no_liaison'; unitId: string | null }
    | ({ type: 'dispatch' } & Assignment)
    | { type: 'signFor'; onTime: boolean }
    | { type: 'return'; unitId: string; reason: string }
    | { type: 'transfer'; fromUnitId: string; unitId: string; assigneeId: string | null; reason: string; signForBy: string }
    | { type: 'requestInfo'; question: string }
    | { type: 'reply'; text: string; waitedMs: number; resolveBy: string | null }
    | { type: 'requestExtension'; days: number; reason: string }
    | { type: 'decideExtension'; approve: boolean; days: number; resolveBy: string | null }
    | { type: 'resolve'; note: string; photos: string[] }
    | { type: 'confirm'; solved: boolean; satisfaction: Satisfaction; comment?: string }
    /** unsatisfied confirm: 重办 by the same unit */
    | { type: 'reopen'; resolveBy: string }
    /** `unrated`: the scheduler closes a request resolved 7 days ago without a confirm */
    | { type: 'close'; reason: 'confirmed' | 'unrated' }
    | { type: 'withdraw' }
    | { type: 'comment'; text: string }
    /** 督办 by a secretary (1) or county staff (2), or by the scheduler on a breach */
    | { type: 'supervise'; level: 1 | 2; note: string }
    /** 催办 reminder sent by the scheduler; no change of state */
    | { type: 'remind'; reason: string }
  )

export type LifecycleEventType = LifecycleEvent['type']
