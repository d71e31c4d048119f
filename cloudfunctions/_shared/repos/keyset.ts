import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import type { Database } from '../cloud'

/** Where the previous page stopped: the sort field's value and the id of its last document. */
export interface KeysetMark {
  value: string
  id: string
}

/** How a mark travels as the opaque `cursor` of a list answer. */
export interface CursorCodec {
  encode(mark: KeysetMark): string
  decode(raw: string): KeysetMark
}

export const badCursor = () => new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })

/** A cursor as base64url JSON: what the lists answer (`cursor` null on the last page). */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** The JSON inside a base64url cursor if `valid` accepts it; INPUT.INVALID otherwise. */
export function decodeCursor<T>(raw: string, valid: (c: unknown) => c is T): T {
  let c: unknown
  try {
    c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw badCursor()
  }
  if (!valid(c)) throw badCursor()
  return c
}

/** `{[tag]: value, i: id}` as base64url JSON, e.g. `{c: createdAt, i: id}`. */
export function jsonCursor(tag: string): CursorCodec {
  const valid = (c: unknown): c is Record<string, string> =>
    !!c && typeof c === 'object' && typeof (c as Record<string, unknown>)[tag] === 'string' && typeof (c as Record<string, unknown>).i === 'string'
  return {
    encode: ({ value, id }) => encodeCursor({ [tag]: value, i: id }),
    decode: (raw) => {
      const c = decodeCursor(raw, valid)
      return { value: c[tag], id: c.i }
    },
  }
}

/** `value|id` in plain text (the caller checks its shape first). */
export const pipeCursor: CursorCodec = {
  encode: ({ value, id }) => `${value}|${id}`,
  decode: (raw) => {
    const [value, id] = raw.split('|')
    return { value, id }
  },
}

export interface KeysetQuery<T> {
  collection: string
  filter: Record<string, unknown>
  /** the sort field, newest first; an index must list it descending after the filter's fields */
  field: string
  size: number
  cursor: string | undefined
  codec: CursorCodec
  map: (doc: Record<string, unknown>) => T
}

/**
 * Newest first on (`field`, `_id`), keyset-paged: each page starts strictly after the last
 * document of the one before, so pages stay stable while documents arrive (an offset would skip
 * or repeat). Reads one more than a page to know whether another follows.
 */
export async function keysetPage<T>(db: Database, q: KeysetQuery<T>): Promise<Page<T>> {
  const _ = db.command
  const after = q.cursor ? q.codec.decode(q.cursor) : null
  const past = after ? _.or([{ [q.field]: _.lt(after.value) }, { [q.field]: after.value, _id: _.lt(after.id) }]) : null
  const where = !past ? q.filter : Object.keys(q.filter).length ? _.and([q.filter, past]) : past
  const res = await db.collection(q.collection).where(where).orderBy(q.field, 'desc').orderBy('_id', 'desc').limit(q.size + 1).get()
  const docs = (res.data as Record<string, unknown>[]).slice(0, q.size)
  const last = docs[docs.length - 1]
  const items = docs.map(q.map)
  return { items, cursor: res.data.length > q.size && last ? q.codec.encode({ value: String(last[q.field]), id: String(last._id) }) : null }
}
