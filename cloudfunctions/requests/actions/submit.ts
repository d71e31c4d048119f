import { createHash } from 'node:crypto'
import { AppError } from '../../../src/core/errors'
import { createRequest } from '../../../src/core/lifecycle'
import { chooseLiaison, chooseUnit } from '../../../src/core/routing'
import { parseInput, submitSchema } from '../../../src/core/schemas'
import { localDate } from '../../../src/core/time'
import type { ServiceRequest, User } from '../../../src/core/types'
import { noticesOfSubmit } from '../../../src/core/request-notices'
import { requireRole } from '../../_shared/auth'
import { callContext, type CallContext } from '../../_shared/context'
import { assertOwnUploads } from '../../_shared/files'
import { placeOfCadre } from '../../_shared/place'
import { nextRequestNo } from '../../_shared/repos/counters'
import { presentWithContacts } from './present'

/**
 * A cadre's new request, routed at once; the same clientRequestId again returns the same request.
 * The reads that do not depend on each other go together (the earlier request, the cadre's place,
 * the routing), so a submit waits for about half the round trips it makes.
 */
export async function submit(payload: Record<string, unknown>): Promise<ServiceRequest> {
  const input = parseInput(submitSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const id = requestId(ctx.actor.id, input.clientRequestId)
  const results = await Promise.allSettled([
    ctx.requests.byId(id),
    assertOwnUploads(input.attachments, 'attachments', ctx.actor.id),
    placeOfCadre(ctx.org, ctx.actor),
    route(ctx, input.kind),
  ] as const)
  // answered in the order the checks would run one after the other: a retry gets its request first
  const existing = valueOf(results[0])
  if (existing) return presentWithContacts(ctx, existing)
  valueOf(results[1])
  const place = valueOf(results[2])
  const { placement, liaisons } = valueOf(results[3])

  const no = await nextRequestNo(ctx.db, localDate(ctx.now), id)
  const req = createRequest({ id, no, input, submitter: ctx.actor, ...place, placement, now: ctx.now, calendar: ctx.calendar })
  const inserted = await ctx.requests.insert(req, noticesOfSubmit(req))
  const stored = inserted ? req : await ctx.requests.byId(id)
  if (!stored) throw new AppError('INTERNAL', 'request vanished after a concurrent insert')
  return presentWithContacts(ctx, stored, [ctx.actor, ...liaisons])
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

/** Derived from who submits and their key, so concurrent retries collide on the database's unique _id. */
function requestId(submitterId: string, clientRequestId: string): string {
  return 'r' + createHash('sha1').update(`${submitterId}:${clientRequestId}`).digest('hex').slice(0, 23)
}

interface Routed {
  placement: { unitId: string; assigneeId: string | null } | null
  /** the unit's active liaisons as read for routing (the answer names the chosen one without reading it again) */
  liaisons: User[]
}

async function route(ctx: CallContext, kind: ServiceRequest['kind']): Promise<Routed> {
  const pairings = ctx.actor.villageId ? await ctx.org.pairingsOfVillage(ctx.actor.villageId) : []
  const unitId = chooseUnit(kind, ctx.actor, pairings)
  if (!unitId) return { placement: null, liaisons: [] }
  const liaisons = await ctx.users.activeLiaisons(unitId)
  return { placement: { unitId, assigneeId: await leastLoadedOf(ctx, liaisons) }, liaisons }
}

export async function leastLoadedLiaison(ctx: CallContext, unitId: string): Promise<string | null> {
  return leastLoadedOf(ctx, await ctx.users.activeLiaisons(unitId))
}

async function leastLoadedOf(ctx: CallContext, liaisons: User[]): Promise<string | null> {
  return chooseLiaison(await ctx.requests.liaisonLoads(liaisons.map((l) => l.id)))
}
