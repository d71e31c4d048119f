import type { ActionHandler } from '../../_shared/envelope'

export const calendarActions: Record<string, ActionHandler> = {}
