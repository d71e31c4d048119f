import type { Invite } from '../../../src/core/invites'
import type { Database } from '../cloud'
import { fromDoc, getById } from './docs'
import { keysetPage, pipeCursor } from './keyset'

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
    page(countyId: string | null, cursor: string | undefined, size: number): Promise<{ items: (Invite & { qrFileID?: string })[]; cursor: string | null }> {
      const map = (d: Record<string, unknown>) => fromDoc<Invite & { qrFileID?: string }>(d)
      return keysetPage(db, { collection: INVITES, filter: countyId ? { countyId } : {}, field: 'createdAt', size, cursor, codec: pipeCursor, map })
    },
  }
}
