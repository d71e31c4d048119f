import { AppError } from '../../../src/core/errors'
import { alreadyApplied, applyCommand, COMMAND_TYPES, type Command, type CommandType, guard } from '../../../src/core/lifecycle'
import { commandSchemas, parseInput } from '../../../src/core/schemas'
import type { ZodType } from 'zod'
import type { ServiceRequest } from '../../../src/core/types'
import { noticesOfCommand } from '../../../src/core/request-notices'
import type { RequestView } from '../../../src/core/contacts'
import { callContext, type CallContext } from '../../_shared/context'
import type { ActionHandler } from '../../_shared/envelope'
import { assertOwnUploads } from '../../_shared/files'
import { presentWithContacts } from './present'
import { loadVisible } from './read'
import { leastLoadedLiaison } from './submit'

/**
 * One handler per lifecycle action: parse, authorise (by visibility, then the decider's role and
 * state rules), load, decide, save if nobody else changed it meanwhile, answer.
 */
export const commandHandlers = Object.fromEntries(
  COMMAND_TYPES.map((type) => [type, (payload: Record<string, unknown>) => runCommand(type, payload)]),
) as { [T in CommandType]: ActionHandler<RequestView> }

async function runCommand(type: CommandType, payload: Record<string, unknown>): Promise<RequestView> {
  const schema: ZodType<{ id: string }> = commandSchemas[type]
  const { id, ...fields } = parseInput(schema, payload) as { id: string } & Record<string, unknown>
  const ctx = await callContext()
  const req = await loadVisible(ctx, id)
  if (type === 'resolve') await assertOwnUploads(fields.photos as string[] | undefined, 'photos', ctx.actor.id)
  // A resend from the phone's outbox of a reply or rating that already went through: same answer, no change.
  if (alreadyApplied(req, ctx.actor.id, fields.clientActionId as string | undefined)) return presentWithContacts(ctx, req)
  // who may, and whether now, before the unit is looked at: an outsider learns nothing of its liaisons
  guard(type, req, ctx.actor)
  const command = { type, ...fields, ...(await assignment(ctx, type, fields, req)) } as Command
  const next = applyCommand(command, req, { actor: ctx.actor, now: ctx.now, calendar: ctx.calendar })
  await ctx.requests.saveIfVersion(next, req.version, noticesOfCommand(type, req, next))
  return presentWithContacts(ctx, next)
}

/** Dispatch and transfer name a unit; the function picks its least-loaded liaison. */
async function assignment(ctx: CallContext, type: CommandType, fields: Record<string, unknown>, req: ServiceRequest) {
  if (type !== 'dispatch' && type !== 'transfer') return {}
  const unitId = String(fields.unitId)
  const unit = await ctx.org.unit(unitId)
  if (!unit || unit.countyId !== req.countyId) throw new AppError('INPUT.INVALID', 'unknown unit', { unitId: 'unknown unit' })
  if (type === 'transfer' && unitId === req.assignedUnitId) {
    throw new AppError('INPUT.INVALID', 'transfer to another unit', { unitId: 'same unit' })
  }
  // A final dispatch (or a transfer) to a unit nobody can sign for would strand the request at 待签收.
  const assigneeId = await leastLoadedLiaison(ctx, unitId)
  if (!assigneeId) throw new AppError('DISPATCH.NO_LIAISON', 'the unit has no active liaison', { unitId: 'no active liaison' })
  return { unitId, assigneeId }
}
