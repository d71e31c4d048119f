import { createMain, type ActionHandlers } from '../_shared/envelope'
import { commandHandlers } from './actions/commands'
import { get, list } from './actions/read'
import { submit } from './actions/submit'

export const main = createMain({ submit, get, list, ...commandHandlers } satisfies ActionHandlers<'requests'>)
