import type { ActionHandler } from '../../_shared/envelope'

export const settingsActions: Record<string, ActionHandler> = {}
