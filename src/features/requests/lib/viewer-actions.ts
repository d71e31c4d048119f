import { canDo } from '../../../core/lifecycle/rules'
import type { ServiceRequest, User } from '../../../core/types'

/** The actions this screen offers buttons for; the rest (transfer, dispatch…) come later. */
export const SUPPORTED_ACTIONS = ['signFor', 'resolve', 'confirm'] as const
export type ViewerAction = (typeof SUPPORTED_ACTIONS)[number]

export function viewerActions(req: ServiceRequest | null, viewer: User | null): ViewerAction[] {
  if (!req || !viewer) return []
  const allowed: readonly string[] = canDo(req, viewer)
  return SUPPORTED_ACTIONS.filter((a) => allowed.includes(a))
}
