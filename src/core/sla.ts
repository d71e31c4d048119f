/** Deadlines (SPEC §3.4). */
import type { Calendar } from './calendar'
import type { Urgency } from './types'
import { toEpoch, toIso } from './time'

const URGENT_SIGN_FOR_MS = 2 * 3600_000

/** Working days to resolve, counted from the first assignment (or from a reopen). */
export const RESOLVE_WORKDAYS: Record<Urgency, number> = { normal: 5, urgent: 2 }

/** Sign-for deadline of an assignment: urgent 2 hours, normal the next working day. */
export function signForBy(assignedAt: string, urgency: Urgency, cal: Calendar): string {
  return urgency === 'urgent' ? toIso(toEpoch(assignedAt) + URGENT_SIGN_FOR_MS) : cal.addWorkdays(assignedAt, 1)
}

/** Resolve deadline counted from `from` (first assignment or reopen): 5 working days, urgent 2. */
export function resolveBy(from: string, urgency: Urgency, cal: Calendar): string {
  return cal.addWorkdays(from, RESOLVE_WORKDAYS[urgency])
}
