/** The decider: from a command and the current request, the events that happen (or a refusal). */
import { AppError } from '../errors'
import { resolveBy as resolveDeadline, signForBy as signForDeadline } from '../sla'
import { toEpoch, toIso } from '../time'
import type { ServiceRequest } from '../types'
import type { Command, DecideContext } from './commands'
import type { LifecycleEvent } from './events'
import { guard } from './rules'

export function decide(cmd: Command, req: ServiceRequest, ctx: DecideContext): LifecycleEvent[] {
  guard(cmd.type, req, ctx.actor)
  return eventsOf(cmd, req, ctx)
}

function eventsOf(cmd: Command, req: ServiceRequest, ctx: DecideContext): LifecycleEvent[] {
  const at = toIso(ctx.now)
  const base = { actorId: ctx.actor.id, at }
  const cal = ctx.calendar
  switch (cmd.type) {
    case 'dispatch': {
      // The first assignment starts the resolve clock; a re-dispatch after a return keeps it.
      const dispatchedAt = req.dispatchedAt ?? at
      const resolveBy = req.resolveBy ?? resolveDeadline(dispatchedAt, req.urgency, cal)
      const signForBy = signForDeadline(at, req.urgency, cal)
      return [{ ...base, type: 'dispatch', unitId: cmd.unitId, assigneeId: cmd.assigneeId, signForBy, dispatchedAt, resolveBy }]
    }
    case 'signFor':
      return [{ ...base, type: 'signFor', onTime: !req.signForBy || toEpoch(at) <= toEpoch(req.signForBy) }]
    case 'return':
      return [{ ...base, type: 'return', unitId: req.assignedUnitId ?? '', reason: cmd.reason }]
    case 'transfer': {
      if (cmd.unitId === req.assignedUnitId) {
        throw new AppError('INPUT.INVALID', 'Transfer to another unit', { unitId: 'Same unit as now' })
      }
      const signForBy = signForDeadline(at, req.urgency, cal)
      const { unitId, assigneeId, reason } = cmd
      return [{ ...base, type: 'transfer', fromUnitId: req.assignedUnitId ?? '', unitId, assigneeId, reason, signForBy }]
    }
    case 'requestInfo':
      return [{ ...base, type: 'requestInfo', question: cmd.question }]
    case 'reply': {
      // The clock stood still while the submitter was asked: move the deadline by the time waited.
      const waitedMs = req.pausedAt ? Math.max(0, toEpoch(at) - toEpoch(req.pausedAt)) : 0
      const resolveBy = req.resolveBy && toIso(toEpoch(req.resolveBy) + waitedMs)
      return [{ ...base, ...keyOf(cmd), type: 'reply', text: cmd.text, waitedMs, resolveBy }]
    }
    case 'requestExtension':
      if (!Number.isInteger(cmd.days) || cmd.days < 1 || cmd.days > 10) {
        throw new AppError('INPUT.INVALID', 'Invalid days', { days: 'Must be 1–10 working days' })
      }
      return [{ ...base, type: 'requestExtension', days: cmd.days, reason: cmd.reason }]
    case 'decideExtension': {
      const days = req.extension?.days ?? 0
      const resolveBy = cmd.approve && req.resolveBy ? cal.addWorkdays(req.resolveBy, days) : req.resolveBy
      return [{ ...base, type: 'decideExtension', approve: cmd.approve, days, resolveBy }]
    }
    case 'resolve':
      return [{ ...base, type: 'resolve', note: cmd.note, photos: cmd.photos ?? [] }]
    case 'confirm': {
      const { solved, satisfaction, comment } = cmd
      const confirm: LifecycleEvent = { ...base, ...keyOf(cmd), type: 'confirm', solved, satisfaction, ...(comment ? { comment } : {}) }
      if (satisfaction === 'unsatisfied') {
        return [confirm, { ...base, type: 'reopen', resolveBy: resolveDeadline(at, req.urgency, cal) }]
      }
      return [confirm, { ...base, type: 'close', reason: 'confirmed' }]
    }
    case 'withdraw':
      return [{ ...base, type: 'withdraw' }]
    case 'comment':
      return [{ ...base, type: 'comment', text: cmd.text }]
    case 'supervise':
      return [{ ...base, type: 'supervise', level: ctx.actor.role === 'county' ? 2 : 1, note: cmd.note }]
    default: {
      const _: never = cmd
      return _
    }
  }
}

const keyOf = (cmd: { clientActionId?: string }) => (cmd.clientActionId ? { clientActionId: cmd.clientActionId } : {})

/** True when this actor's command with this idempotency key is already on the timeline (a resend). */
export function alreadyApplied(req: ServiceRequest, actorId: string, clientActionId: string | undefined): boolean {
  return !!clientActionId && req.events.some((e) => e.clientActionId === clientActionId && e.actorId === actorId)
}
