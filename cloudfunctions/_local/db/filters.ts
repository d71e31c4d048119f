// Query filters of the local database. Most filters the functions send are conjunctions of plain
// comparisons (`{_id, version, 'rollupPending.token': t}`, `{assigneeId, status: {$in: […]}}`):
// those are decided by a few JS comparisons with mingo's semantics for scalars, and mingo decides
// anything else (operators, objects, or an array met along a path, where mingo matches elements).
// Compiled mingo queries are kept by the query's text, since building one costs far more than
// testing one; texts holding the server-date marker are not kept (their value is the request time).
import { Query, ProcessingMode } from 'mingo'

type Doc = Record<string, unknown>
type Check = (v: unknown) => boolean
/** true/false, or undefined when mingo must decide (an array or an object where a scalar was compared). */
type Predicate = (doc: Doc) => boolean | undefined

// A filter needs only the query operators, which Query adds itself: copying the full operator
// context into every Query cost ~0.2 ms per database request. `$expr` gets the full context. Its
// input needs no copy: every document was just decoded for this request.
const filterOptions = { processingMode: ProcessingMode.CLONE_OFF }

export function createFilters(fullOptions: ConstructorParameters<typeof Query>[1], max = 2000) {
  const cache = new Map<string, Query>()
  const compiled = (query: Record<string, unknown>, text?: string): Query => {
    const cacheable = text !== undefined && !text.includes('$tcb_server_date')
    const hit = cacheable ? cache.get(text) : undefined
    if (hit) return hit
    const expr = (text ?? JSON.stringify(query)).includes('"$expr"')
    const made = new Query(query, expr ? fullOptions : filterOptions)
    if (cacheable) {
      if (cache.size >= max) cache.clear()
      cache.set(text, made)
    }
    return made
  }
  return {
    /** The mingo query (for a cursor: sort, skip, limit over a scan). */
    compiled,
    /** A test of one document. */
    test(query: Record<string, unknown>, text?: string): (doc: Doc) => boolean {
      const simple = simplePredicate(query)
      if (!simple) {
        const q = compiled(query, text)
        return (doc) => q.test(doc)
      }
      return (doc) => simple(doc) ?? compiled(query, text).test(doc)
    },
  }
}

const isScalar = (x: unknown): x is string | number | boolean =>
  typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))

/** mingo's $eq, $in and range operators on a scalar or missing value (`compare` needs equal types). */
function checkOf(op: string, arg: unknown): Check | null {
  if (op === '$eq') return arg === null ? (v) => v == null : isScalar(arg) ? (v) => v === arg : null
  if (op === '$in') {
    if (!Array.isArray(arg) || !arg.every((a) => a === null || isScalar(a))) return null
    const set = new Set(arg)
    return (v) => (v == null ? set.has(null) : set.has(v as string))
  }
  if (typeof arg !== 'string' && !(typeof arg === 'number' && Number.isFinite(arg))) return null
  switch (op) {
    case '$gt':
      return (v) => typeof v === typeof arg && (v as typeof arg) > arg
    case '$gte':
      return (v) => typeof v === typeof arg && (v as typeof arg) >= arg
    case '$lt':
      return (v) => typeof v === typeof arg && (v as typeof arg) < arg
    case '$lte':
      return (v) => typeof v === typeof arg && (v as typeof arg) <= arg
    default:
      return null
  }
}

function conditionOf(cond: unknown): Check | null {
  if (cond === null || isScalar(cond)) return checkOf('$eq', cond)
  if (!cond || typeof cond !== 'object' || Object.getPrototypeOf(cond) !== Object.prototype) return null
  const checks: Check[] = []
  for (const [op, arg] of Object.entries(cond)) {
    const check = checkOf(op, arg)
    if (!check) return null
    checks.push(check)
  }
  return checks.length ? (v) => checks.every((c) => c(v)) : null
}

/** A conjunction of plain comparisons on fields, or null when the filter has anything else. */
export function simplePredicate(query: Record<string, unknown>): Predicate | null {
  const tests: [string[], Check][] = []
  for (const [field, cond] of Object.entries(query)) {
    if (field.startsWith('$')) return null
    const check = conditionOf(cond)
    if (!check) return null
    tests.push([field.split('.'), check])
  }
  return (doc) => {
    for (const [path, check] of tests) {
      let v: unknown = doc
      for (const key of path) {
        if (Array.isArray(v)) return undefined
        v = v !== null && typeof v === 'object' ? (v as Doc)[key] : undefined
      }
      if (v !== null && typeof v === 'object') return undefined
      if (!check(v)) return false
    }
    return true
  }
}
