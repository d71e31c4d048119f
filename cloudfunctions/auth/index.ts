import { getDb } from '../_shared/cloud'
import { currentUser } from '../_shared/auth'
import { createMain } from '../_shared/envelope'
import { parseInput, emptySchema } from '../../src/core/schemas'
import { bind } from './bind'

export const main = createMain({
  async whoami(payload) {
    parseInput(emptySchema, payload)
    return currentUser(getDb())
  },
  bind,
})
