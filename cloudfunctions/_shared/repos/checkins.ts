import type { Checkin } from '../../../src/core/care-types'
import type { Database } from '../cloud'
import { fromDoc, getById } from './docs'

const CHECKINS = 'checkins'
const CONSENTS = 'consents'

export function createCheckinRepo(db: Database) {
  const _ = db.command
  const checkins = () => db.collection(CHECKINS)
  return {
    /** One document per cadre and date: a second check-in that day replaces the first. */
    async put(c: Checkin): Promise<void> {
      const { id, ...fields } = c
      await checkins().doc(id).set({ data: fields })
    },

    byId: (id: string) => getById<Checkin>(db, CHECKINS, id),

    /** The cadre's check-ins between two dates (inclusive), newest first, at most `limit`. */
    async between(cadreId: string, from: string, to: string, limit = 400): Promise<Checkin[]> {
      const res = await checkins().where({ cadreId, date: _.gte(from).and(_.lte(to)) }).orderBy('date', 'desc').limit(limit).get()
      return res.data.map((d: Record<string, unknown>) => fromDoc<Checkin>(d))
    },

    async latest(cadreId: string): Promise<Checkin | null> {
      const res = await checkins().where({ cadreId }).orderBy('date', 'desc').limit(1).get()
      return res.data[0] ? fromDoc<Checkin>(res.data[0]) : null
    },

    count: async (where: Record<string, unknown>): Promise<number> => (await checkins().where(where).count()).total,

    async consentOf(cadreId: string): Promise<{ version: string; at: string } | null> {
      const res = await db.collection(CONSENTS).where({ _id: cadreId }).limit(1).get()
      const doc = res.data[0]
      return doc ? { version: String(doc.version), at: String(doc.at) } : null
    },

    async putConsent(cadreId: string, version: string, at: string): Promise<void> {
      await db.collection(CONSENTS).doc(cadreId).set({ data: { version, at } })
    },

    /** Cadres who consented, a page at a time by id (the scheduler's missed sweep). */
    async consentsAfter(afterId: string, limit = 100): Promise<{ cadreId: string; at: string }[]> {
      const where = afterId ? { _id: _.gt(afterId) } : {}
      const res = await db.collection(CONSENTS).where(where).orderBy('_id', 'asc').limit(limit).get()
      return res.data.map((d: Record<string, unknown>) => ({ cadreId: String(d._id), at: String(d.at) }))
    },
  }
}

export type CheckinRepo = ReturnType<typeof createCheckinRepo>
