/** What the timer-triggered scheduler does to a request on its own (SPEC §3.5). */
import { SYSTEM_ACTOR, type LifecycleEvent } from './lifecycle'
import { DAY_MS, parseTime, toIso } from './time'
import type { ServiceRequest } from './types'

/** A resolved request nobody rated within this many calendar days closes unrated. */
export const AUTO_CLOSE_DAYS = 7

/** Requests resolved before this time are due to close unrated. */
export function autoCloseCutoff(now: string): string {
  return toIso(parseTime(now) - AUTO_CLOSE_DAYS * DAY_MS)
}

/** The events that close a long-unrated request; none when it is not due (so a rerun changes nothing). */
export function autoCloseEvents(req: ServiceRequest, now: string): LifecycleEvent[] {
  if (req.status !== 'resolved' || !req.resolvedAt || req.resolvedAt > autoCloseCutoff(now)) return []
  return [{ type: 'close', reason: 'unrated', actorId: SYSTEM_ACTOR, at: now }]
}
