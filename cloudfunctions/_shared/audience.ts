import type { AudienceName } from '../../src/core/request-notices'
import type { ServiceRequest, User } from '../../src/core/types'
import type { Database } from './cloud'
import { fromDoc } from './repos/docs'

/** Who a notification goes to, as user records (each query is bounded and on indexed fields). */
export function createAudience(db: Database) {
  const _ = db.command
  const users = async (where: Record<string, unknown>): Promise<User[]> => {
    const res = await db.collection('users').where({ ...where, active: true }).limit(100).get()
    return res.data.map((d: Record<string, unknown>) => fromDoc<User>(d))
  }
  return {
    byIds: (ids: string[]) => (ids.length ? users({ _id: _.in([...new Set(ids)].slice(0, 100)) }) : Promise.resolve([])),
    secretaries: (townshipId: string) => users({ role: 'secretary', townshipId }),
    countyStaff: (countyId: string) => users({ role: 'county', countyId }),
    unitLiaisons: (unitId: string | null) => (unitId ? users({ role: 'liaison', unitId }) : Promise.resolve([])),
    submitter: (req: ServiceRequest) => users({ _id: req.submitterId }),
    /** The request's assignee; every active liaison of its unit while nobody is assigned. */
    async assigned(req: ServiceRequest): Promise<User[]> {
      if (!req.assignedUnitId) return []
      if (!req.assigneeId) return users({ role: 'liaison', unitId: req.assignedUnitId })
      const found = await users({ _id: req.assigneeId })
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
