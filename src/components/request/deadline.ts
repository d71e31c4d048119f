import type { ServiceRequest } from '../../core/types'
import { toEpoch } from '../../core/time'

/** The deadline the handler is working against now: sign-for while unsigned, then resolve. */
export function nextDeadline(req: ServiceRequest): string | null {
  switch (req.status) {
    case 'assigned':
      return req.signForBy
    case 'in_progress':
      return req.resolveBy
    case 'awaiting_submitter':
      return req.resolveBy
    default:
      return null
  }
}

/** Past its deadline; not while waiting for the submitter (the clock is paused, SPEC §3.5). */
export function isOverdue(req: ServiceRequest, now: string | number): boolean {
  if (req.status === 'awaiting_submitter') return false
  const due = nextDeadline(req)
  return due !== null && toEpoch(due) < toEpoch(now)
}

/** Nearest deadline first; requests without one go last, newest first among them. */
export function byNearestDeadline(a: ServiceRequest, b: ServiceRequest): number {
  const da = nextDeadline(a)
  const db = nextDeadline(b)
  if (da && db) return toEpoch(da) - toEpoch(db)
  if (da) return -1
  if (db) return 1
  return toEpoch(b.createdAt) - toEpoch(a.createdAt)
}
