import { AppError } from '../../src/core/errors'
import type { Role, User } from '../../src/core/types'
import { callerOpenid, type Database } from './cloud'
import { assertOrgSettled } from './org-import/gate'
import { createUserRepo } from './repos/users'

/**
 * The bound, active user behind the caller's OPENID: AUTH.UNBOUND when there is none,
 * AUTH.INACTIVE when the record was deactivated, ORG.UPDATING while an import is being promoted
 * (SPEC §7.1: no reader sees half an organisation). `duringImport` is for the import itself.
 */
export async function currentUser(db: Database, opts: { duringImport?: boolean } = {}): Promise<User> {
  const [user] = await Promise.all([createUserRepo(db).byOpenidAnyState(callerOpenid()), opts.duringImport ? null : assertOrgSettled(db)])
  if (!user) throw new AppError('AUTH.UNBOUND', 'this WeChat account is not bound to a user')
  if (!user.active) throw new AppError('AUTH.INACTIVE', 'this user was deactivated')
  return user
}

export function requireRole(user: User, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw new AppError('AUTH.FORBIDDEN', `role ${user.role} may not do this`)
}
