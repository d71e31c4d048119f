import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import { idSchema, listSchema, parseInput } from '../../../src/core/schemas'
import type { ServiceRequest, User } from '../../../src/core/types'
import { boxFilter, canView, presentFor } from '../../../src/core/visibility'
import type { RequestView } from '../../../src/core/contacts'
import { filteredList } from './filtered-list'
import { presentWithContacts } from './present'
import { callContext, type CallContext } from '../../_shared/context'

export async function get(payload: Record<string, unknown>): Promise<RequestView> {
  const { id } = parseInput(idSchema, payload)
  const ctx = await callContext()
  return presentWithContacts(ctx, await loadVisible(ctx, id))
}

export async function list(payload: Record<string, unknown>): Promise<Page<ServiceRequest>> {
  const input = parseInput(listSchema, payload)
  const { box, status, cursor } = input
  const ctx = await callContext()
  const filter = boxFilter(ctx.actor, box)
  if (!filter) throw new AppError('AUTH.FORBIDDEN', `role ${ctx.actor.role} may not read box ${box}`)
  if (box === 'township' || box === 'county') return filteredList(ctx, filter, input)
  const page = await ctx.requests.page(status ? { ...filter, status } : filter, cursor)
  return { items: page.items.map((r) => presentFor(ctx.actor, r)), cursor: page.cursor }
}

/** A request the caller may not see answers exactly like one that does not exist. */
export async function loadVisible(ctx: CallContext & { actor: User }, id: string): Promise<ServiceRequest> {
  const req = await ctx.requests.byId(id)
  if (!req || !canView(ctx.actor, req)) throw new AppError('REQUEST.NOT_FOUND', 'no such request')
  return req
}
