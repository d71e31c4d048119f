import type { AudienceName } from '../../src/core/request-notices'
import type { ServiceRequest, User } from '../../src/core/types'
import type { Database } from './cloud'
import { createUserRepo } from './repos/users'

/** Who a notification goes to: active user records, read through the users repository (bounded, indexed). */
export function createAudience(db: Database) {
  const users = createUserRepo(db)
  return {
    byIds: (ids: string[]): Promise<User[]> => users.activeByIds(ids),
    secretaries: (townshipId: string): Promise<User[]> => users.activeSecretaries(townshipId),
    countyStaff: (countyId: string): Promise<User[]> => users.activeCountyStaff(countyId),
    unitLiaisons: (unitId: string | null): Promise<User[]> => (unitId ? users.activeLiaisons(unitId) : Promise.resolve([])),
    submitter: (req: ServiceRequest): Promise<User[]> => users.activeByIds([req.submitterId]),
    /** The request's assignee; every active liaison of its unit while nobody is assigned. */
    async assigned(req: ServiceRequest): Promise<User[]> {
      if (!req.assignedUnitId) return []
      if (!req.assigneeId) return users.activeLiaisons(req.assignedUnitId)
      const found = await users.activeByIds([req.assigneeId])
      return found.filter((u) => u.unitId === req.assignedUnitId)
    },
  }
}

export type Audience = ReturnType<typeof createAudience>

/** The users of a named audience of a request. */
export function audienceOf(a: Audience, name: AudienceName, req: ServiceRequest): Promise<User[]> {
  switch (name) {
    case 'assigned':
      return a.assigned(req)
    case 'unitLiaisons':
      return a.unitLiaisons(req.assignedUnitId)
    case 'secretaries':
      return a.secretaries(req.townshipId)
    case 'countyStaff':
      return a.countyStaff(req.countyId)
    case 'submitter':
      return a.submitter(req)
    default: {
      const _: never = name
      return _
    }
  }
}
