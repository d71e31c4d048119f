import { AppError } from '../../src/core/errors'
import type { User } from '../../src/core/types'
import type { OrgRepo } from './repos/org'

/** The township and county a cadre is stationed in. */
export async function placeOfCadre(org: OrgRepo, cadre: User): Promise<{ townshipId: string; countyId: string }> {
  const village = cadre.villageId ? await org.region(cadre.villageId) : null
  const township = village?.parentId ? await org.region(village.parentId) : null
  if (!township?.parentId) throw new AppError('AUTH.FORBIDDEN', 'the cadre is not stationed in a known village')
  return { townshipId: township.id, countyId: township.parentId }
}
