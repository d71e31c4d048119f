import type { User } from '../../../src/core/types'
import type { Database } from '../cloud'
import { byKeys, fromDoc, getById, readAll } from './docs'

const USERS = 'users'
/** Active users a notice or a routing decision reads at once (a unit's liaisons, a township's secretaries). */
const AUDIENCE_LIMIT = 100
/** One `get()` answers at most 1000 records. */
const PAGE = 1000

/** A user record as stored: the domain's fields and what the functions keep beside them. */
export type StoredUser = User & { inviteCode?: string; boundAt?: string; handoverPending?: boolean; deactivatedAt?: string }

/** Every read of the `users` collection (indexes in collections.ts); writes stay with their flows. */
export function createUserRepo(db: Database) {
  const _ = db.command
  const users = () => db.collection(USERS)
  const toUsers = (data: Record<string, unknown>[]) => data.map((d) => fromDoc<StoredUser>(d))
  const active = async (where: Record<string, unknown>): Promise<StoredUser[]> =>
    toUsers((await users().where({ ...where, active: true }).limit(AUDIENCE_LIMIT).get()).data)

  return {
    byId: (id: string) => getById<StoredUser>(db, USERS, id),

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

    activeLiaisons: (unitId: string) => active({ role: 'liaison', unitId }),
    activeSecretaries: (townshipId: string) => active({ role: 'secretary', townshipId }),
    activeCountyStaff: (countyId: string) => active({ role: 'county', countyId }),
    /** At most the first 100 distinct ids (a notice's readers). */
    activeByIds: (ids: string[]) => (ids.length ? active({ _id: _.in([...new Set(ids)].slice(0, AUDIENCE_LIMIT)) }) : Promise.resolve([])),

    /** Active cadres stationed in these villages (a counting query; nothing is loaded). */
    async countActiveCadres(villageIds: string[]): Promise<number> {
      if (villageIds.length === 0) return 0
      return (await users().where({ role: 'cadre', active: true, villageId: _.in(villageIds) }).count()).total
    },

    /** Names and live invite codes of some users, by id (the invites list marks superseded codes). */
    async namesAndInviteCodesOf(ids: string[]): Promise<Map<string, { name: string; inviteCode?: string }>> {
      if (!ids.length) return new Map()
      const res = await users().where({ _id: _.in(ids) }).field({ name: true, inviteCode: true }).limit(ids.length).get()
      return new Map((res.data as Array<{ _id: string; name: string; inviteCode?: string }>).map((d) => [String(d._id), d]))
    },

    /** Id, name, role and unit of every active user matching `where`, past the 1000-record cap (the directory). */
    async activeNames(where: Record<string, unknown>): Promise<Pick<User, 'id' | 'name' | 'role' | 'unitId'>[]> {
      return (await readAll(db, USERS, { ...where, active: true }, { name: true, role: true, unitId: true })).map((d) => fromDoc(d))
    },

    /** The records of these mobile numbers (an import finds users by mobile). */
    byPhones: (phones: string[]) => byKeys<StoredUser>(db, USERS, 'phone', phones),

    /** Active users of these counties, paged on `_id` (index `{countyId, active}` + `_id`). */
    async activeOfCounties(counties: string[]): Promise<StoredUser[]> {
      const out: StoredUser[] = []
      for (let after = ''; ; ) {
        const res = await users().where({ countyId: _.in(counties), active: true, _id: _.gt(after) }).orderBy('_id', 'asc').limit(PAGE).get()
        out.push(...toUsers(res.data))
        if (res.data.length < PAGE) return out
        after = String(res.data[res.data.length - 1]._id)
      }
    },

    /** One page of the admin's list: `where` sorted by `sortField`, then id. */
    async search(where: Record<string, unknown>, sortField: 'name' | 'phone', skip: number, limit: number): Promise<StoredUser[]> {
      return toUsers((await users().where(where).orderBy(sortField, 'asc').orderBy('_id', 'asc').skip(skip).limit(limit).get()).data)
    },

    /** Users whose handover a cut-off call left unfinished (index `{handoverPending}`). */
    async handoverPending(limit: number): Promise<StoredUser[]> {
      return toUsers((await users().where({ handoverPending: true }).limit(limit).get()).data)
    },
  }
}

export type UserRepo = ReturnType<typeof createUserRepo>
