/** Who hears about what happens to a request (SPEC §3.2, §3.3, §5); pure, the functions deliver. */
import type { CommandType } from './lifecycle'
import type { RequestNotice } from './notifications'
import type { ServiceRequest } from './types'

/** Named groups of readers, resolved against the request by the server. */
export type AudienceName = 'assigned' | 'unitLiaisons' | 'secretaries' | 'countyStaff' | 'submitter'

export interface Notice {
  notice: RequestNotice
  to: AudienceName
}

/** A new request: its liaison (or the secretary who must dispatch it); urgent health alerts the secretary at once. */
export function noticesOfSubmit(req: ServiceRequest): Notice[] {
  const urgentHealth = req.kind === 'difficulty' && req.category === 'health' && req.urgency === 'urgent'
  const out: Notice[] = []
  if (req.status === 'assigned') out.push({ notice: 'routed', to: 'assigned' })
  if (urgentHealth) out.push({ notice: 'urgentHealth', to: 'secretaries' })
  else if (req.status === 'pending_dispatch') out.push({ notice: 'pendingDispatch', to: 'secretaries' })
  return out
}

/** What a lifecycle action announces, given the request before and after it. */
export function noticesOfCommand(type: CommandType, before: ServiceRequest, after: ServiceRequest): Notice[] {
  switch (type) {
    case 'dispatch':
    case 'transfer':
      return [{ notice: 'routed', to: 'assigned' }]
    case 'return':
      return [{ notice: 'returned', to: 'secretaries' }]
    case 'requestInfo':
      return [{ notice: 'infoRequested', to: 'submitter' }]
    case 'reply':
      return [{ notice: 'replied', to: 'assigned' }]
    case 'resolve':
      return [{ notice: 'resolved', to: 'submitter' }]
    case 'confirm':
      return after.reopenCount > before.reopenCount ? [{ notice: 'reopened', to: 'assigned' }] : []
    case 'supervise':
      return [{ notice: 'supervised', to: after.assignedUnitId ? 'unitLiaisons' : 'secretaries' }]
    case 'signFor':
    case 'requestExtension':
    case 'decideExtension':
    case 'withdraw':
    case 'comment':
      return []
    default: {
      const _: never = type
      return _
    }
  }
}
