import type { Role } from '../core/types'

/** The order roles are listed in (the demo login page); their words are ROLE_LABELS in core/labels. */
export const ROLE_ORDER: readonly Role[] = ['cadre', 'liaison', 'secretary', 'county', 'admin']
