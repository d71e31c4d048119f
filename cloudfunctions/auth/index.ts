import { AppError } from '../../src/core/errors'
import { callerOpenid, getDb } from '../_shared/cloud'
import { currentUser } from '../_shared/auth'
import { createMain, type ActionHandlers } from '../_shared/envelope'
import { parseInput, emptySchema } from '../../src/core/schemas'
import { bind } from './bind'

export const main = createMain({
  async whoami(payload) {
    parseInput(emptySchema, payload)
    try {
      return await currentUser(getDb())
    } catch (err) {
      // the deploy's first admin is bound by hand from this line of the function log (README, deploy step 5)
      if (err instanceof AppError && err.code === 'AUTH.UNBOUND') console.log(`[auth] unbound caller ${callerOpenid()}`)
      throw err
    }
  },
  bind,
} satisfies ActionHandlers<'auth'>)
