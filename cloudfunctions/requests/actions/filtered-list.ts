import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import type { ListInput } from '../../../src/core/schemas'
import type { ServiceRequest, User } from '../../../src/core/types'
import { mayReadContent, presentFor } from '../../../src/core/visibility'
import type { CallContext } from '../../_shared/context'
import type { OverdueStatus } from '../../_shared/repos/overdue-page'

/** A request number as the counter makes it: searched by exact equality. */
const REQUEST_NO = /^QB\d{8}-\d{4,5}$/i
/** A title search reads at most this many pages of the filtered list per call, then hands on a cursor. */
const SCAN_PAGES = 5

/**
 * The township and county lists with filters (issue 13). Every read is one indexed query shape:
 * the scope field, then villageId / assignedUnitId / status as given, then createdAt (or, when
 * `overdue`, status and the deadline field). A title search filters those pages here, against the
 * title as the viewer may see it, so a confidential title can neither be found nor shown.
 */
export async function filteredList(ctx: CallContext & { actor: User }, scope: Record<string, string>, input: ListInput): Promise<Page<ServiceRequest>> {
  if (input.villageId) await assertVillageInScope(ctx, scope, input.villageId)
  const where: Record<string, unknown> = { ...scope }
  if (input.villageId) where.villageId = input.villageId
  if (input.unitId) where.assignedUnitId = input.unitId
  const q = input.q?.trim()
  if (q && REQUEST_NO.test(q)) where.no = q.toUpperCase()
  const read = (cursor: string | undefined) => {
    if (!input.overdue) return ctx.requests.page(input.status ? { ...where, status: input.status } : where, cursor)
    const statuses: OverdueStatus[] = input.status ? [input.status as OverdueStatus] : ['assigned', 'in_progress']
    return ctx.requests.overduePage(where, ctx.now, statuses, cursor)
  }
  // a village has few cadres: filtered by village, a confidential difficulty would name its submitter
  const hiddenByVillage = (r: ServiceRequest) => !!input.villageId && !mayReadContent(ctx.actor, r)
  const shown = (rs: ServiceRequest[]) => rs.filter((r) => !hiddenByVillage(r)).map((r) => presentFor(ctx.actor, r))
  if (!q || where.no) {
    const page = await read(input.cursor)
    return { items: shown(page.items), cursor: page.cursor }
  }
  const needle = q.toLowerCase()
  const items: ServiceRequest[] = []
  let cursor = input.cursor
  for (let n = 0; n < SCAN_PAGES; n++) {
    const page = await read(cursor)
    for (const r of shown(page.items)) if (r.title.toLowerCase().includes(needle) || r.no.includes(q.toUpperCase())) items.push(r)
    cursor = page.cursor ?? undefined
    if (!cursor || items.length >= 20) break
  }
  return { items, cursor: cursor ?? null }
}

/** A village outside the caller's township (or county) is refused, not silently emptied. */
async function assertVillageInScope(ctx: CallContext, scope: Record<string, string>, villageId: string): Promise<void> {
  const village = await ctx.org.region(villageId)
  const township = village?.level === 'village' && village.parentId ? await ctx.org.region(village.parentId) : null
  const inScope = scope.townshipId ? township?.id === scope.townshipId : township?.parentId === scope.countyId
  if (!inScope) throw new AppError('INPUT.INVALID', 'village outside your scope', { villageId: 'not in your scope' })
}
