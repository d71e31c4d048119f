import { randomBytes } from 'node:crypto'
import type { InviteView } from '../../../src/core/admin-types'
import { invitesListSchema, userIdSchema } from '../../../src/core/admin-schemas'
import type { Page } from '../../../src/core/contract'
import { AppError } from '../../../src/core/errors'
import { inviteCodeFrom, inviteExpiry, inviteStatus, type Invite } from '../../../src/core/invites'
import { parseInput } from '../../../src/core/schemas'
import { recordAudit } from '../../_shared/audit'
import { currentUser } from '../../_shared/auth'
import { getDb, type Database } from '../../_shared/cloud'
import { now } from '../../_shared/clock'
import type { ActionHandlers } from '../../_shared/envelope'
import { createInviteRepo } from '../../_shared/repos/invites'
import { createOrgRepo } from '../../_shared/repos/org'
import { createUserRepo } from '../../_shared/repos/users'
import { inviteText } from '../lib/invite-text'
import { qrUrl, storeInviteQr } from '../lib/qr'
import { countyOfUser, requireUserInScope, requireUserManager } from '../lib/scope'

const PAGE = 20

/**
 * `invite {userId}`: a new code for an unbound user, valid 14 days; it supersedes the user's
 * previous invite. The user record points at its one live code, so an invite written by a call
 * that died before switching that pointer never binds.
 */
async function invite(payload: Record<string, unknown>): Promise<InviteView> {
  const { userId } = parseInput(userIdSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireUserManager(actor)
  const org = createOrgRepo(db)
  const user = await createUserRepo(db).byId(userId)
  if (!user) throw new AppError('INPUT.INVALID', 'no such user', { userId: 'Unknown user' })
  await requireUserInScope(org, actor, user)
  if (!user.active) throw new AppError('AUTH.INACTIVE', 'this user is deactivated')
  if (user.openid) throw new AppError('INPUT.INVALID', 'already bound: unbind first', { userId: 'Already bound' })

  const at = now()
  const invites = createInviteRepo(db)
  const inv: Invite = {
    id: '', userId, countyId: await countyOfUser(org, user), createdBy: actor.id, createdAt: at,
    expiresAt: inviteExpiry(at), usedAt: null, usedBy: null, supersededAt: null,
  }
  inv.id = await insertWithFreshCode(invites, inv)
  const previous = (user as { inviteCode?: string }).inviteCode
  await db.collection('users').doc(userId).update({ data: { inviteCode: inv.id } })
  if (previous) await invites.supersede(previous, at)
  const qrFileID = await storeInviteQr(inv.id)
  if (qrFileID) await invites.setQr(inv.id, qrFileID)
  await recordAudit(db, { actorId: actor.id, at, action: 'invite', target: userId, after: { code: inv.id, expiresAt: inv.expiresAt, superseded: previous ?? null } })
  return { ...viewOf(inv, user.name, at), text: inviteText(user.name, inv), qrUrl: await qrUrl(qrFileID) }
}

async function insertWithFreshCode(invites: ReturnType<typeof createInviteRepo>, inv: Invite): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = inviteCodeFrom(randomBytes(32))
    if (!code || (await invites.byCode(code))) continue
    try {
      await invites.insert({ ...inv, id: code })
      return code
    } catch {
      // drawn by a concurrent call in between: draw again
    }
  }
  throw new Error('could not draw a free invite code')
}

/** `invites {cursor?}`: newest first; the admin's are all, county staff's their county's. */
async function invites(payload: Record<string, unknown>): Promise<Page<InviteView>> {
  const { cursor } = parseInput(invitesListSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireUserManager(actor)
  if (cursor !== undefined && !/^[0-9T:.+\-]{20,40}\|[A-Z0-9]{8}$/.test(cursor)) throw new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })
  if (actor.role === 'county' && !actor.countyId) return { items: [], cursor: null }
  const page = await createInviteRepo(db).page(actor.role === 'county' ? actor.countyId! : null, cursor, PAGE)
  const names = await userNames(db, [...new Set(page.items.map((i) => i.userId))])
  const at = now()
  const items = await Promise.all(
    page.items.map(async (inv) => {
      const view = viewOf(inv, names.get(inv.userId) ?? '', at)
      return view.status === 'unused' ? { ...view, text: inviteText(view.userName, inv), qrUrl: await qrUrl(inv.qrFileID) } : view
    }),
  )
  return { items, cursor: page.cursor }
}

/** The names of one page's users in one read by `_id`. */
async function userNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const res = await db.collection('users').where({ _id: db.command.in(ids) }).field({ name: true }).limit(ids.length).get()
  return new Map((res.data as Array<{ _id: string; name: string }>).map((d) => [String(d._id), d.name]))
}

function viewOf(inv: Invite, userName: string, at: string): InviteView {
  return { code: inv.id, userId: inv.userId, userName, createdAt: inv.createdAt, expiresAt: inv.expiresAt, status: inviteStatus(inv, at) }
}

export const inviteActions = { invite, invites } satisfies Partial<ActionHandlers<'admin'>>
