import type { AdminUserRow } from '../../../src/core/admin-types'
import { userIdSchema, usersListSchema } from '../../../src/core/admin-schemas'
import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import type { User } from '../../../src/core/types'
import { recordAudit } from '../../_shared/audit'
import { currentUser } from '../../_shared/auth'
import { getDb, type Database } from '../../_shared/cloud'
import { now } from '../../_shared/clock'
import type { ActionHandlers } from '../../_shared/envelope'
import { createOrgRepo } from '../../_shared/repos/org'
import { createUserRepo } from '../../_shared/repos/users'
import { requireUserInScope, requireUserManager } from '../lib/scope'

const PAGE = 20

/**
 * `users {filter?, cursor?}`: a page of users sorted by name, or by mobile when searching digits.
 * Admins see everyone, county staff the users of their county (`countyId` on the record).
 */
async function users(payload: Record<string, unknown>): Promise<Page<AdminUserRow>> {
  const { filter = {}, cursor } = parseInput(usersListSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireUserManager(actor)
  if (actor.role === 'county' && !actor.countyId) return { items: [], cursor: null }
  const where: Record<string, unknown> = {}
  if (actor.role === 'county') where.countyId = actor.countyId
  if (filter.role) where.role = filter.role
  if (filter.active !== undefined) where.active = filter.active
  const q = filter.q ?? ''
  const byPhone = /^\d+$/.test(q)
  const sortField = byPhone ? 'phone' : 'name'
  if (q) where[sortField] = db.RegExp({ regexp: '^' + q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: '' })
  const skip = cursor ? Number(cursor) : 0
  const found = await createUserRepo(db).search(where, sortField, skip, PAGE + 1)
  const page: User[] = found.slice(0, PAGE)
  const places = await placeNames(db, page)
  const items = page.map(({ openid, ...rest }) => {
    delete (rest as { inviteCode?: string }).inviteCode
    return { ...rest, bound: !!openid, placeName: places.get(rest.unitId ?? rest.villageId ?? rest.townshipId ?? '') ?? null }
  })
  return { items, cursor: found.length > PAGE ? String(skip + PAGE) : null }
}

/** Unit, village or township names of one page, read by `_id`. */
async function placeNames(db: Database, page: User[]): Promise<Map<string, string>> {
  const _ = db.command
  const unitIds = [...new Set(page.map((u) => u.unitId).filter(Boolean))]
  const regionIds = [...new Set(page.filter((u) => !u.unitId).map((u) => u.villageId ?? u.townshipId).filter(Boolean))]
  const read = async (coll: string, ids: unknown[]) =>
    ids.length ? ((await db.collection(coll).where({ _id: _.in(ids) }).limit(ids.length).get()).data as Record<string, unknown>[]) : []
  const [units, regions] = await Promise.all([read('units', unitIds), read('regions', regionIds)])
  return new Map([...units, ...regions].map((d) => [String(d._id), String(d.name)]))
}

/**
 * `unbind {userId}`: frees the record for a new phone; the old OPENID answers AUTH.UNBOUND from now on.
 * The record's invite pointer goes too, so the old phone cannot bind again with its used code.
 */
async function unbind(payload: Record<string, unknown>): Promise<{ userId: string; bound: false }> {
  const { userId } = parseInput(userIdSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireUserManager(actor)
  const user = await createUserRepo(db).byId(userId)
  if (!user) throw new AppError('INPUT.INVALID', 'no such user', { userId: 'Unknown user' })
  await requireUserInScope(createOrgRepo(db), actor, user)
  if (user.openid) {
    await db.collection('users').doc(userId).update({ data: { openid: db.command.remove(), inviteCode: db.command.remove() } })
    await recordAudit(db, { actorId: actor.id, at: now(), action: 'unbind', target: userId, before: { bound: true }, after: { bound: false } })
  }
  return { userId, bound: false }
}

export const userActions = { users, unbind } satisfies Partial<ActionHandlers<'admin'>>
