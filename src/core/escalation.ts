/** What the timer-triggered scheduler does to a request on its own (SPEC §3.5). Pure: now and calendar come in. */
import type { Calendar } from './calendar'
import { evolveAll, isOpen, SYSTEM_ACTOR, type LifecycleEvent } from './lifecycle'
import type { Notice } from './request-notices'
import { DAY_MS, parseTime, toEpoch, toIso } from './time'
import type { Escalations, ServiceRequest } from './types'

/** A resolved request nobody rated within this many calendar days closes unrated (default; settings §7.4). */
export const AUTO_CLOSE_DAYS = 7
/** Share of the time to resolveBy after which the assigned liaisons get one 催办 reminder (default; settings §7.4). */
export const REMIND_AT_SHARE = 0.75
/** Working days past resolveBy after which the county supervises. */
export const COUNTY_AFTER_WORKDAYS = 3
/** Reopens or transfers from which the county supervises. */
export const COUNTY_AFTER_COUNT = 2

/** Requests resolved before this time are due to close unrated. */
export function autoCloseCutoff(now: string, days: number = AUTO_CLOSE_DAYS): string {
  return toIso(parseTime(now) - days * DAY_MS)
}

/** The events that close a long-unrated request; none when it is not due (so a rerun changes nothing). */
export function autoCloseEvents(req: ServiceRequest, now: string, days: number = AUTO_CLOSE_DAYS): LifecycleEvent[] {
  if (req.status !== 'resolved' || !req.resolvedAt || req.resolvedAt > autoCloseCutoff(now, days)) return []
  return [{ type: 'close', reason: 'unrated', actorId: SYSTEM_ACTOR, at: now }]
}

export const NO_ESCALATIONS: Escalations = { remindedFor: null, breachedSignFor: null, breachedResolve: null, countyLevel: null }

const esc = (req: ServiceRequest): Escalations => ({ ...NO_ESCALATIONS, ...(req.escalations ?? {}) })
const paused = (req: ServiceRequest) => req.status === 'awaiting_submitter'
const worked = (req: ServiceRequest) => req.status === 'assigned' || req.status === 'in_progress'

/**
 * When the reminder is due: `share` (75 % by default) of the working time from the start of the resolve period (first
 * assignment or the latest reopen) to resolveBy. Time spent waiting for the submitter moved
 * resolveBy later and does not count as time gone.
 */
export function remindAt(req: ServiceRequest, share: number = REMIND_AT_SHARE): string | null {
  if (!req.resolveBy || !req.dispatchedAt) return null
  const reopens = req.events.filter((e) => e.type === 'reopen').map((e) => e.at)
  const start = Math.max(toEpoch(req.dispatchedAt), ...reopens.map(toEpoch))
  const waited = req.events.reduce((sum, e) => (e.type === 'reply' && toEpoch(e.at) >= start ? sum + (e.waitedMs ?? 0) : sum), 0)
  const end = toEpoch(req.resolveBy)
  const span = Math.max(0, end - start - waited)
  return toIso(end - (1 - share) * span)
}

function countyByCount(req: ServiceRequest): boolean {
  return req.reopenCount >= COUNTY_AFTER_COUNT || req.transferCount >= COUNTY_AFTER_COUNT
}

/**
 * The earliest time any rule of §3.5 has something to do to this request; null when none will
 * (closed, or every rule already acted for the deadlines in force). Stored as `escalateAt`.
 */
export function nextEscalationAt(req: ServiceRequest, cal: Calendar, share: number = REMIND_AT_SHARE): string | null {
  if (!isOpen(req.status)) return null
  const e = esc(req)
  const at: string[] = []
  if (!e.countyLevel) {
    if (countyByCount(req)) at.push(req.updatedAt)
    if (!paused(req) && req.resolveBy) at.push(cal.addWorkdays(req.resolveBy, COUNTY_AFTER_WORKDAYS))
  }
  if (!paused(req)) {
    if (req.status === 'assigned' && req.signForBy && e.breachedSignFor !== req.signForBy) at.push(req.signForBy)
    if (req.resolveBy && e.breachedResolve !== req.resolveBy) {
      at.push(req.resolveBy)
      const remind = remindAt(req, share)
      if (worked(req) && remind && e.remindedFor !== req.resolveBy) at.push(remind)
    }
  }
  return at.length ? at.map((t) => toIso(t)).sort()[0] : null
}

export interface Escalation {
  /** the request after the scheduler's events, with its record updated */
  next: ServiceRequest
  /** who to tell, once the change is saved */
  notices: Notice[]
}

/** What the scheduler does to one request now; null when nothing is due (so a rerun changes nothing). */
export function escalate(req: ServiceRequest, now: string, cal: Calendar, share: number = REMIND_AT_SHARE): Escalation | null {
  if (!isOpen(req.status)) return null
  const t = toEpoch(now)
  const due = (iso: string | null | undefined) => !!iso && toEpoch(iso) <= t
  const at = toIso(now)
  const e = esc(req)
  const events: LifecycleEvent[] = []
  const notices: Notice[] = []
  const supervise = (level: 1 | 2, note: string) => events.push({ type: 'supervise', level, note, actorId: SYSTEM_ACTOR, at })

  if (!paused(req) && req.resolveBy && e.breachedResolve !== req.resolveBy && !due(req.resolveBy)) {
    if (worked(req) && e.remindedFor !== req.resolveBy && due(remindAt(req, share))) {
      events.push({ type: 'remind', reason: 'resolve_75', actorId: SYSTEM_ACTOR, at })
      notices.push({ notice: 'reminder', to: 'assigned' })
      e.remindedFor = req.resolveBy
    }
  }
  if (!paused(req) && req.status === 'assigned' && req.signForBy && e.breachedSignFor !== req.signForBy && due(req.signForBy)) {
    supervise(1, '签收超时，系统自动督办')
    notices.push({ notice: 'signForOverdue', to: 'secretaries' }, { notice: 'signForOverdue', to: 'assigned' })
    e.breachedSignFor = req.signForBy
  }
  if (!paused(req) && req.resolveBy && e.breachedResolve !== req.resolveBy && due(req.resolveBy)) {
    supervise(1, '办理超期，系统自动督办')
    notices.push({ notice: 'resolveOverdue', to: 'secretaries' }, { notice: 'resolveOverdue', to: 'assigned' })
    e.breachedResolve = req.resolveBy
    e.remindedFor = req.resolveBy // past due: the overdue notice replaces a reminder not sent in time
  }
  const lateForCounty = !paused(req) && !!req.resolveBy && due(cal.addWorkdays(req.resolveBy, COUNTY_AFTER_WORKDAYS))
  if (!e.countyLevel && (lateForCounty || countyByCount(req))) {
    supervise(2, lateForCounty ? '超期3个工作日以上，升级县级督办' : '多次重办或转派，升级县级督办')
    notices.push({ notice: 'countyEscalation', to: 'countyStaff' }, { notice: 'countyEscalation', to: 'assigned' })
    e.countyLevel = at
  }
  if (events.length === 0) return null
  return { next: { ...evolveAll(req, events), escalations: e }, notices }
}
