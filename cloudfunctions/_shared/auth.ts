import { AppError } from '../../src/core/errors'
import type { Role, User } from '../../src/core/types'
import { callerOpenid, type Database } from './cloud'
import { createUserRepo } from './repos/users'

/** The bound, active user behind the caller's OPENID; AUTH.UNBOUND when there is none. */
export async function currentUser(db: Database): Promise<User> {
  const user = await createUserRepo(db).byOpenid(callerOpenid())
  if (!user) throw new AppError('AUTH.UNBOUND', 'this WeChat account is not bound to a user')
  return user
}

export function requireRole(user: User, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw new AppError('AUTH.FORBIDDEN', `role ${user.role} may not do this`)
}
