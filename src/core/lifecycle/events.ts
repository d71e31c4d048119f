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
    /** the assignee was deactivated: to the unit's least-loaded other liaison, or (to: null) back to dispatch */
    | { type: 'handover'; from: string; to: string | null }
  )

export type LifecycleEventType = LifecycleEvent['type']

/** What every reader of a timeline gets of an event: what, who, when. */
type Envelope = 'type' | 'actorId' | 'at'

/**
 * An entry of a request's timeline as it is read. Written complete (every writer builds a
 * `LifecycleEvent`), but read as it may arrive: a viewer without a request's content gets only
 * some details of each event (`presentFor` in visibility.ts), so each detail may be absent.
 * Still a union on `type`: narrowing on it gives that event's details.
 */
export type RequestEvent = AsRead<LifecycleEvent>
// distributes over the union, so each type keeps its own details
type AsRead<E> = E extends unknown ? Pick<E, Envelope & keyof E> & Partial<Omit<E, Envelope>> : never

/** An event of one type, as written. */
export type EventOf<T extends LifecycleEventType> = Extract<LifecycleEvent, { type: T }>
