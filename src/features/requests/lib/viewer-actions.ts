import { canDo } from '@/core/lifecycle/rules'
import type { CommandType } from '@/core/lifecycle/commands'
import type { ServiceRequest, User } from '@/core/types'

/** The actions the viewer may take on the request now (SPEC §3.3 via `canDo`). */
export function viewerActions(req: ServiceRequest | null, viewer: User | null): CommandType[] {
  if (!req || !viewer) return []
  return canDo(req, viewer)
}
