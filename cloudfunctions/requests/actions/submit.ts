import { createHash } from 'node:crypto'
import { AppError } from '../../../src/core/errors'
import { createRequest } from '../../../src/core/lifecycle'
import { chooseLiaison, chooseUnit } from '../../../src/core/routing'
import { parseInput, submitSchema } from '../../../src/core/schemas'
import { localDate } from '../../../src/core/time'
import type { ServiceRequest } from '../../../src/core/types'
import { noticesOfSubmit } from '../../../src/core/request-notices'
import { requireRole } from '../../_shared/auth'
import { callContext, type CallContext } from '../../_shared/context'
import { assertOwnUploads } from '../../_shared/files'
import { placeOfCadre } from '../../_shared/place'
import { nextRequestNo } from '../../_shared/repos/counters'
import { presentWithContacts } from './present'

/** A cadre's new request, routed at once; the same clientRequestId again returns the same request. */
export async function submit(payload: Record<string, unknown>): Promise<ServiceRequest> {
  const input = parseInput(submitSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const id = requestId(ctx.actor.id, input.clientRequestId)
  const existing = await ctx.requests.byId(id)
  if (existing) return presentWithContacts(ctx, existing)
  await assertOwnUploads(input.attachments, 'attachments', ctx.actor.id)

  const { townshipId, countyId } = await placeOfCadre(ctx.org, ctx.actor)
  const placement = await route(ctx, input.kind)
  const no = await nextRequestNo(ctx.db, localDate(ctx.now), id)
  const req = createRequest({ id, no, input, submitter: ctx.actor, townshipId, countyId, placement, now: ctx.now, calendar: ctx.calendar })
  const inserted = await ctx.requests.insert(req, noticesOfSubmit(req))
  const stored = inserted ? req : await ctx.requests.byId(id)
  if (!stored) throw new AppError('INTERNAL', 'request vanished after a concurrent insert')
  return presentWithContacts(ctx, stored)
}

/** Derived from who submits and their key, so concurrent retries collide on the database's unique _id. */
function requestId(submitterId: string, clientRequestId: string): string {
  return 'r' + createHash('sha1').update(`${submitterId}:${clientRequestId}`).digest('hex').slice(0, 23)
}

async function route(ctx: CallContext, kind: ServiceRequest['kind']): Promise<{ unitId: string; assigneeId: string | null } | null> {
  const pairings = ctx.actor.villageId ? await ctx.org.pairingsOfVillage(ctx.actor.villageId) : []
  const unitId = chooseUnit(kind, ctx.actor, pairings)
  if (!unitId) return null
  return { unitId, assigneeId: await leastLoadedLiaison(ctx, unitId) }
}

export async function leastLoadedLiaison(ctx: CallContext, unitId: string): Promise<string | null> {
  const liaisons = await ctx.users.activeLiaisons(unitId)
  return chooseLiaison(await ctx.requests.liaisonLoads(liaisons.map((l) => l.id)))
}
