import type { Invite } from '../../../src/core/invites'
import type { Database } from '../cloud'
import { fromDoc, getById } from './docs'

export const INVITES = 'invites'

/** Invites, `_id` = the code, so a bind reads exactly one document and locks only that one. */
export function createInviteRepo(db: Database) {
  const invites = () => db.collection(INVITES)
  return {
    byCode: (code: string) => getById<Invite>(db, INVITES, code),

    /** Inserts; fails when the code exists already (the caller draws another). */
    async insert(inv: Invite): Promise<void> {
      const { id, ...rest } = inv
      await invites().add({ data: { _id: id, ...rest } })
    },

    /** Drops a code that was never issued (a concurrent invite won); nothing else removes one. */
    async remove(code: string): Promise<void> {
      await invites().where({ _id: code, usedAt: null }).remove()
    },

    async supersede(code: string, at: string): Promise<void> {
      await invites().where({ _id: code, usedAt: null, supersededAt: null }).update({ data: { supersededAt: at } })
    },

    async setQr(code: string, qrFileID: string): Promise<void> {
      await invites().doc(code).update({ data: { qrFileID } })
    },

    /** Newest first, optionally one county's; the cursor is `createdAt|code` of the last item. */
    async page(countyId: string | null, cursor: string | undefined, size: number): Promise<{ items: (Invite & { qrFileID?: string })[]; cursor: string | null }> {
      const _ = db.command
      const base: Record<string, unknown> = countyId ? { countyId } : {}
      let where: unknown = base
      if (cursor) {
        const [c, i] = cursor.split('|')
        where = _.or([{ ...base, createdAt: _.lt(c) }, { ...base, createdAt: c, _id: _.lt(i) }])
      }
      const res = await invites().where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(size + 1).get()
      const items = (res.data as Record<string, unknown>[]).slice(0, size).map((d) => fromDoc<Invite & { qrFileID?: string }>(d))
      const last = items[items.length - 1]
      return { items, cursor: res.data.length > size && last ? `${last.createdAt}|${last.id}` : null }
    },
  }
}
