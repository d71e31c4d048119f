// Which declared index serves a query, MongoDB's way: leading index fields pinned by equality (or
// $in), then one field for a range or the sort. A query none serves is described by its shape
// (`{townshipId: eq, status: in} sort {createdAt: -1}`) for the unindexed-query error.
import { fieldOf, type IndexSpec } from '../../_shared/collections'

export type Scalar = string | number | boolean | null
export interface Bound { op: '$gt' | '$gte' | '$lt' | '$lte'; value: string | number }
export interface SortKey { field: string; dir: 1 | -1 }

/** A query taken apart: the fields an index can use, and whether the rest needs a filter. */
export interface Shape {
  eq: Map<string, Scalar[]>
  range: Map<string, Bound[]>
  /** fields constrained in ways no index bound expresses ($ne, $or, regex, objects…) */
  other: Set<string>
  sort: SortKey[]
}

export interface Plan {
  /** null: the primary key (`_id`) */
  index: IndexSpec | null
  eq: { field: string; values: Scalar[] }[]
  range?: { field: string; bounds: Bound[] }
}

const PK: IndexSpec = { fields: ['_id'] }
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v)
const RANGE = new Set(['$gt', '$gte', '$lt', '$lte'])

export function shapeOf(query: Record<string, unknown>, sort: SortKey[] = []): Shape {
  const shape: Shape = { eq: new Map(), range: new Map(), other: new Set(), sort }
  addConjunction(shape, query)
  return shape
}

function addConjunction(shape: Shape, query: Record<string, unknown>) {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) value.forEach((q) => addConjunction(shape, q as Record<string, unknown>))
    else if (key.startsWith('$')) fieldsIn(value).forEach((f) => shape.other.add(f))
    else addField(shape, key, value)
  }
}

function addField(shape: Shape, field: string, cond: unknown) {
  if (isScalar(cond)) return void shape.eq.set(field, [cond])
  const ops = cond && typeof cond === 'object' && !Array.isArray(cond) && !(cond instanceof Date) && !(cond instanceof RegExp) ? Object.entries(cond) : []
  if (ops.length === 0 || !ops.every(([op]) => op.startsWith('$'))) return void shape.other.add(field)
  for (const [op, arg] of ops) {
    if (op === '$eq' && isScalar(arg)) shape.eq.set(field, [arg])
    else if (op === '$in' && Array.isArray(arg) && arg.every(isScalar) && arg.length > 0) shape.eq.set(field, arg as Scalar[])
    else if (RANGE.has(op) && (typeof arg === 'string' || typeof arg === 'number')) {
      shape.range.set(field, [...(shape.range.get(field) ?? []), { op: op as Bound['op'], value: arg }])
    } else if (op === '$and' && Array.isArray(arg)) arg.forEach((c) => addField(shape, field, c))
    else shape.other.add(field)
  }
}

function fieldsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fieldsIn)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => (k.startsWith('$') ? fieldsIn(v) : [k]))
}

/** The best index for the shape, or null when none serves it (nor the primary key). */
export function choosePlan(shape: Shape, indexes: IndexSpec[]): Plan | null {
  let best: { plan: Plan; score: number } | null = null
  for (const index of [PK, ...indexes]) {
    const fields = index.fields.map(fieldOf)
    let k = 0
    while (k < fields.length && shape.eq.has(fields[k])) k++
    const next = fields[k]
    if (!sortServed(shape, fields, k)) continue
    const ranged = next !== undefined && shape.range.has(next)
    const sorted = next !== undefined && shape.sort[0]?.field === next
    if (k === 0 && !ranged && !sorted) continue
    if (!partialHolds(index, shape)) continue
    const score = k * 2 + (ranged ? 1 : 0)
    if (best && best.score >= score) continue
    const eq = fields.slice(0, k).map((field) => ({ field, values: shape.eq.get(field)! }))
    best = { plan: { index: index === PK ? null : index, eq, range: ranged ? { field: next, bounds: shape.range.get(next)! } : undefined }, score }
  }
  return best?.plan ?? null
}

/** A partial index serves only queries whose equality values all fall inside its filter. */
function partialHolds(index: IndexSpec, shape: Shape): boolean {
  return Object.entries(index.partial ?? {}).every(([field, cond]) => {
    const values = shape.eq.get(field)
    if (!values) return false
    return values.every((v) => v !== null && ('$gt' in cond ? typeof v === typeof cond.$gt && v > cond.$gt : true))
  })
}

/** The sort follows the index after its equality prefix; `_id` may break ties after it. */
function sortServed(shape: Shape, fields: string[], k: number): boolean {
  let i = k
  for (const { field } of shape.sort) {
    if (fields.slice(0, k).includes(field)) continue
    if (fields[i] === field) i++
    else if (field !== '_id') return false
  }
  return true
}

/** Whether the plan's SQL is the whole filter, so the index alone answers (a count). */
export function coversAll(shape: Shape, plan: Plan): boolean {
  if (shape.other.size > 0) return false
  if ([...shape.eq.keys()].some((f) => !plan.eq.some((e) => e.field === f))) return false
  return [...shape.range.keys()].every((f) => plan.range?.field === f)
}

export function describeShape(coll: string, shape: Shape): string {
  const parts = [
    ...[...shape.eq].map(([f, v]) => `${f}: ${v.length > 1 ? 'in' : 'eq'}`),
    ...[...shape.range.keys()].map((f) => `${f}: range`),
    ...[...shape.other].map((f) => `${f}: other`),
  ]
  const sort = shape.sort.length ? ` sort {${shape.sort.map((s) => `${s.field}: ${s.dir}`).join(', ')}}` : ''
  return `${coll} {${parts.join(', ')}}${sort}`
}
