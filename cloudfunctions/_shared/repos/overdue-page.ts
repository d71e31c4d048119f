import type { Page } from '../../../src/core/contract'
import type { Database } from '../cloud'
import { decodeCursor, encodeCursor } from './keyset'

/** The deadline each open status works against, as the inbox shows it (`isOverdue`). */
export const DEADLINE_OF = { assigned: 'signForBy', in_progress: 'resolveBy' } as const
export type OverdueStatus = keyof typeof DEADLINE_OF

type Mark = [deadline: string, id: string] | 'end' | null
type Cursor = Partial<Record<OverdueStatus, Mark>>

/**
 * Requests of `filter` past their current deadline at `now`, most overdue first. One keyset-paged
 * query per status, each an index range (`{…filter, status, signForBy|resolveBy}`), merged here;
 * the cursor remembers where each stream stopped, so pages neither skip nor repeat.
 */
export async function overduePage(
  db: Database,
  filter: Record<string, unknown>,
  now: string,
  statuses: readonly OverdueStatus[],
  cursorRaw: string | undefined,
  pageSize: number,
): Promise<Page<Record<string, unknown>>> {
  const _ = db.command
  const cursor: Cursor = cursorRaw ? decodeCursor(cursorRaw, isCursor) : {}
  const fetched = await Promise.all(
    statuses.map(async (status) => {
      const mark = cursor[status] ?? null
      if (mark === 'end') return { status, docs: [] as Array<Record<string, unknown>>, more: false }
      const field = DEADLINE_OF[status]
      const after = mark ? [_.or([{ [field]: _.gt(mark[0]) }, { [field]: mark[0], _id: _.gt(mark[1]) }])] : []
      const res = await db
        .collection('requests')
        .where(_.and([{ ...filter, status }, { [field]: _.lt(now) }, ...after]))
        .orderBy(field, 'asc')
        .orderBy('_id', 'asc')
        .limit(pageSize + 1)
        .get()
      return { status, docs: res.data.slice(0, pageSize) as Array<Record<string, unknown>>, more: res.data.length > pageSize }
    }),
  )
  const key = (d: Record<string, unknown>): [string, string] => [String(d[DEADLINE_OF[d.status as OverdueStatus]]), String(d._id)]
  const merged = fetched
    .flatMap((f) => f.docs)
    .sort((a, b) => key(a)[0].localeCompare(key(b)[0]) || key(a)[1].localeCompare(key(b)[1]))
    .slice(0, pageSize)
  const next: Cursor = {}
  let open = false
  for (const f of fetched) {
    const taken = merged.filter((d) => d.status === f.status)
    const exhausted = !f.more && taken.length === f.docs.length
    next[f.status] = exhausted ? 'end' : taken.length ? key(taken[taken.length - 1]) : (cursor[f.status] ?? null)
    if (!exhausted) open = true
  }
  return { items: merged, cursor: open ? encodeCursor(next) : null }
}

const isMark = (m: unknown) => m === undefined || m === null || m === 'end' || (Array.isArray(m) && m.length === 2 && m.every((x) => typeof x === 'string'))

function isCursor(c: unknown): c is Cursor {
  return !!c && typeof c === 'object' && isMark((c as Cursor).assigned) && isMark((c as Cursor).in_progress)
}
