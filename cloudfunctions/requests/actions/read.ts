import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import { idSchema, listSchema, parseInput } from '../../../src/core/schemas'
import type { ServiceRequest, User } from '../../../src/core/types'
import { boxFilter, canView, filesOf, presentFor } from '../../../src/core/visibility'
import { callContext, type CallContext } from '../../_shared/context'
import { tempUrls } from '../../_shared/files'

export async function get(payload: Record<string, unknown>): Promise<ServiceRequest> {
  const { id } = parseInput(idSchema, payload)
  const ctx = await callContext()
  return presentWithFiles(ctx.actor, await loadVisible(ctx, id))
}

/**
 * The request as the viewer may see it, with short-lived URLs of exactly the files left in that
 * view (a list answers none: its cards show no photos).
 */
export async function presentWithFiles(viewer: User, req: ServiceRequest): Promise<ServiceRequest> {
  const shown = presentFor(viewer, req)
  const files = filesOf(shown)
  return { ...shown, fileUrls: files.length ? await tempUrls(files) : {} }
}

export async function list(payload: Record<string, unknown>): Promise<Page<ServiceRequest>> {
  const { box, status, cursor } = parseInput(listSchema, payload)
  const ctx = await callContext()
  const filter = boxFilter(ctx.actor, box)
  if (!filter) throw new AppError('AUTH.FORBIDDEN', `role ${ctx.actor.role} may not read box ${box}`)
  const page = await ctx.requests.page(status ? { ...filter, status } : filter, cursor)
  return { items: page.items.map((r) => presentFor(ctx.actor, r)), cursor: page.cursor }
}

/** A request the caller may not see answers exactly like one that does not exist. */
export async function loadVisible(ctx: CallContext & { actor: User }, id: string): Promise<ServiceRequest> {
  const req = await ctx.requests.byId(id)
  if (!req || !canView(ctx.actor, req)) throw new AppError('REQUEST.NOT_FOUND', 'no such request')
  return req
}
