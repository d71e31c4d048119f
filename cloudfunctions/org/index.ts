import { emptySchema, parseInput } from '../../src/core/schemas'
import { callContext } from '../_shared/context'
import { createMain, type ActionHandlers } from '../_shared/envelope'
import { directory } from './directory'

export const main = createMain({
  async directory(payload) {
    parseInput(emptySchema, payload)
    return directory(await callContext())
  },
} satisfies ActionHandlers<'org'>)
