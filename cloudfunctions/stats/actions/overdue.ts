import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import type { Scope } from '../../../src/core/rollups'
import { overdueSchema } from '../../../src/core/stats-schemas'
import type { OverdueItem, OverduePage } from '../../../src/core/stats-types'
import type { ServiceRequest } from '../../../src/core/types'
import { presentFor } from '../../../src/core/visibility'
import { callContext, type CallContext } from '../../_shared/context'
import { fromDoc } from '../../_shared/repos/docs'
import { resolveScope } from '../scope'

const PAGE = 20
const FIELD_OF_SCOPE = { county: 'countyId', township: 'townshipId', unit: 'assignedUnitId', village: 'villageId' } as const
const LIST_FIELDS = ['no', 'title', 'kind', 'category', 'status', 'submitterId', 'assignedUnitId', 'townshipId', 'villageId', 'countyId', 'signForBy', 'resolveBy', 'supervision']

/**
 * `overdue {scope?, cursor?}`: open requests past a deadline now, most overdue first. An indexed
 * query in the cloud (`requests`: {townshipId|countyId|assignedUnitId, status, resolveBy}); only
 * list fields are read, and a confidential request shows no title to those who may not read it.
 */
export async function overdue(payload: Record<string, unknown>): Promise<OverduePage> {
  const { scope: asked, cursor } = parseInput(overdueSchema, payload)
  const ctx = await callContext()
  const scope = await resolveScope(ctx, asked as Scope | undefined)
  const offset = decodeOffset(cursor)
  const where = overdueWhere(ctx, { [FIELD_OF_SCOPE[scope.type]]: scope.id })
  const requests = ctx.db.collection('requests')
  const [res, count] = await Promise.all([
    requests.where(where).orderBy('resolveBy', 'asc').orderBy('_id', 'asc').skip(offset).limit(PAGE + 1).field(Object.fromEntries(LIST_FIELDS.map((f) => [f, true]))).get(),
    requests.where(where).count(),
  ])
  const docs = res.data.slice(0, PAGE).map((d: Record<string, unknown>) => fromDoc<ServiceRequest>({ ...d, events: [], description: '', attachments: [] }))
  return {
    scope,
    total: count.total,
    items: docs.map((r: ServiceRequest) => item(ctx, r)),
    cursor: res.data.length > PAGE ? String(offset + PAGE) : null,
  }
}

/** Open and past a deadline: an unsigned assignment past signForBy, or any worked request past resolveBy. */
function overdueWhere(ctx: CallContext, scope: Record<string, string>) {
  const _ = ctx.db.command
  return _.and([
    scope,
    _.or([
      { status: 'assigned', signForBy: _.lt(ctx.now) },
      { status: _.in(['pending_dispatch', 'assigned', 'in_progress']), resolveBy: _.lt(ctx.now) },
    ]),
  ])
}

function item(ctx: CallContext, r: ServiceRequest): OverdueItem {
  const seen = presentFor(ctx.actor, r)
  const signLate = r.status === 'assigned' && !!r.signForBy && r.signForBy < ctx.now && (!r.resolveBy || r.signForBy <= r.resolveBy)
  return {
    id: r.id,
    no: r.no,
    title: seen.title,
    category: r.category,
    status: r.status,
    assignedUnitId: r.assignedUnitId,
    townshipId: r.townshipId,
    villageId: r.villageId,
    deadline: (signLate ? r.signForBy : r.resolveBy) ?? '',
    deadlineKind: signLate ? 'signFor' : 'resolve',
    supervision: r.supervision ?? 0,
  }
}

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  const n = Number(cursor)
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })
  return n
}
