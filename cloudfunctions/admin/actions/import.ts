import type { ActionHandler } from '../../_shared/envelope'

export const importActions: Record<string, ActionHandler> = {}
