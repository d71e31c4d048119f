import type { Pairing, Region, Unit } from '../../../src/core/types'
import type { Database } from '../cloud'
import { getById } from './docs'

export function createOrgRepo(db: Database) {
  return {
    region: (id: string) => getById<Region>(db, 'regions', id),
    unit: (id: string) => getById<Unit>(db, 'units', id),

    async pairingsOfVillage(villageId: string): Promise<Pairing[]> {
      const res = await db.collection('pairings').where({ villageId }).limit(100).get()
      return res.data as Pairing[]
    },
  }
}

export type OrgRepo = ReturnType<typeof createOrgRepo>
