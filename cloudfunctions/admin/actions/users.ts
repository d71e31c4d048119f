import type { ActionHandler } from '../../_shared/envelope'

export const userActions: Record<string, ActionHandler> = {}
