import type { User } from '../../../src/core/types'
import type { Database } from '../cloud'
import { fromDoc, getById } from './docs'

export function createUserRepo(db: Database) {
  const users = () => db.collection('users')
  return {
    byId: (id: string) => getById<User>(db, 'users', id),

    async byOpenid(openid: string): Promise<User | null> {
      if (!openid) return null
      const res = await users().where({ openid, active: true }).limit(1).get()
      return res.data[0] ? fromDoc<User>(res.data[0]) : null
    },

    /** The record bound to this OPENID, active or not (so a deactivated caller can be told so). */
    async byOpenidAnyState(openid: string): Promise<User | null> {
      if (!openid) return null
      const res = await users().where({ openid }).limit(1).get()
      return res.data[0] ? fromDoc<User>(res.data[0]) : null
    },

    async activeLiaisons(unitId: string): Promise<User[]> {
      const res = await users().where({ role: 'liaison', unitId, active: true }).limit(100).get()
      return res.data.map((d: Record<string, unknown>) => fromDoc<User>(d))
    },
  }
}

export type UserRepo = ReturnType<typeof createUserRepo>
