import { AppError } from '../../../src/core/errors'
import type { User } from '../../../src/core/types'
import type { OrgRepo } from '../../_shared/repos/org'

/** The county a user belongs to: their own `countyId`, else derived from village, township or unit. */
export async function countyOfUser(org: OrgRepo, user: User): Promise<string | null> {
  if (user.countyId) return user.countyId
  const regionCounty = async (id: string, steps: number): Promise<string | null> => {
    let region = await org.region(id)
    for (let i = 0; i < steps && region?.parentId; i++) region = await org.region(region.parentId)
    return region?.level === 'county' ? region.id : null
  }
  if (user.villageId) return regionCounty(user.villageId, 2)
  if (user.townshipId) return regionCounty(user.townshipId, 1)
  const unitId = user.unitId ?? user.homeUnitId
  if (unitId) return (await org.unit(unitId))?.countyId ?? null
  return null
}

/**
 * Admins manage everyone; county staff the cadres, liaisons and secretaries of their own county
 * (never an admin or another county staff record: rebinding those would hand over their rights);
 * nobody else.
 */
export async function requireUserInScope(org: OrgRepo, actor: User, target: User): Promise<void> {
  if (actor.role === 'admin') return
  const managed = target.role !== 'admin' && target.role !== 'county'
  if (actor.role === 'county' && actor.countyId && managed && (await countyOfUser(org, target)) === actor.countyId) return
  throw new AppError('AUTH.FORBIDDEN', 'this user is outside your scope')
}

/** Who may use the user and invite screens at all. */
export function requireUserManager(actor: User): void {
  if (actor.role !== 'admin' && actor.role !== 'county') throw new AppError('AUTH.FORBIDDEN', `role ${actor.role} may not manage users`)
}
