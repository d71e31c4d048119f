import type { Database } from '../cloud'

/**
 * Database documents carry `_id`; domain objects carry `id`. `omit` names storage fields that are
 * not part of the domain object. A copy by loop: object rest (`{ _id, ...rest }`) takes V8's slow
 * path, about ten times the cost, and every document read goes through here.
 */
export function fromDoc<T extends { id: string }>(doc: Record<string, unknown>, omit?: readonly string[]): T {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(doc)) if (key !== '_id' && !omit?.includes(key)) copy(out, key, doc[key])
  out.id = String(doc._id)
  return out as T
}

export function toDoc<T extends { id: string }>(obj: T): Record<string, unknown> {
  const out: Record<string, unknown> = { _id: obj.id }
  for (const key of Object.keys(obj)) if (key !== 'id') copy(out, key, (obj as Record<string, unknown>)[key])
  return out
}

/** An own property, as a spread makes it: a key `__proto__` (JSON.parse makes one) must not set the prototype. */
function copy(out: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}

/**
 * An update that replaces each given top-level field. CloudBase merges nested plain objects
 * field by field on update, which would fail on a field that is null, so objects go in `_.set`.
 */
export function replaceFields(db: Database, fields: Record<string, unknown>): Record<string, unknown> {
  const _ = db.command
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (key === '_id') continue
    data[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? _.set(value) : value
  }
  return data
}

/** The cloud database answers a missing document with an error rather than null. */
export async function getById<T extends { id: string }>(db: Database, collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get()
  const doc = res.data[0]
  return doc ? fromDoc<T>(doc) : null
}

/** A transaction that lost to a concurrent writer (the SDK's runTransaction gives up after its retries). */
export function isTransactionConflict(err: unknown): boolean {
  return /conflict/i.test(String((err as { message?: string })?.message ?? err))
}

/** One `get()` answers at most 1000 records; an `in` list is sent 100 keys at a time. */
const GET_LIMIT = 1000
const IN_CHUNK = 100

/**
 * Documents whose `field` is one of `keys`, in chunks of 100 keys and at most 1000 documents each
 * (enough when a key matches one document, or a few: the pairings of a village).
 */
export async function byKeys<T extends { id: string }>(db: Database, collection: string, field: string, keys: string[]): Promise<T[]> {
  const _ = db.command
  const out: T[] = []
  for (let i = 0; i < keys.length; i += IN_CHUNK) {
    const res = await db.collection(collection).where({ [field]: _.in(keys.slice(i, i + IN_CHUNK)) }).limit(GET_LIMIT).get()
    out.push(...res.data.map((d: Record<string, unknown>) => fromDoc<T>(d)))
  }
  return out
}

/** Every document matching `where` (only the `field`s asked), paged past the 1000-record cap in `_id` order. */
export async function readAll(db: Database, collection: string, where: Record<string, unknown>, field: Record<string, boolean>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for (let skip = 0; ; skip += GET_LIMIT) {
    const res = await db.collection(collection).where(where).field(field).orderBy('_id', 'asc').skip(skip).limit(GET_LIMIT).get()
    out.push(...res.data)
    if (res.data.length < GET_LIMIT) return out
  }
}
