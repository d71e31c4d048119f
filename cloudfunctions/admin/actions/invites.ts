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
 * previous invite. The user record points at its one live code, switched from the code this call
 * read to its own in one conditional write: of concurrent calls one switches it, and the others
 * drop their unissued codes and answer that one, so only one invite per user is ever live.
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
  const drawn: Invite = {
    id: '', userId, countyId: await countyOfUser(org, user), createdBy: actor.id, createdAt: at,
    expiresAt: inviteExpiry(at), usedAt: null, usedBy: null, supersededAt: null,
  }
  drawn.id = await insertWithFreshCode(invites, drawn)
  const previous = (user as { inviteCode?: string }).inviteCode
  const inv = await makeLive(db, drawn, previous ?? null, at)
  const qrFileID = await storeInviteQr(inv.id)
  if (qrFileID) await invites.setQr(inv.id, qrFileID)
  if (inv === drawn) {
    await recordAudit(db, { actorId: actor.id, at, action: 'invite', target: userId, after: { code: inv.id, expiresAt: inv.expiresAt, superseded: previous ?? null } })
  }
  return { ...viewOf(inv, user.name, at), text: inviteText(user.name, inv), qrUrl: await qrUrl(qrFileID) }
}

/** Points the user at the drawn code if their pointer is still `previous`; answers the live invite. */
async function makeLive(db: Database, drawn: Invite, previous: string | null, at: string): Promise<Invite> {
  const _ = db.command
  const invites = createInviteRepo(db)
  const res = await db.collection('users')
    .where({ _id: drawn.userId, inviteCode: previous ?? _.exists(false) })
    .update({ data: { inviteCode: drawn.id } })
  if (res.stats.updated === 1) {
    if (previous) await invites.supersede(previous, at)
    return drawn
  }
  // a concurrent call switched it first: the code it switched to is the live one, ours never was
  await invites.remove(drawn.id)
  const current = (await createUserRepo(db).byId(drawn.userId)) as { inviteCode?: string } | null
  const live = current?.inviteCode ? await invites.byCode(current.inviteCode) : null
  if (!live || inviteStatus(live, at) !== 'unused') throw new AppError('SYSTEM.BUSY', 'the invite was changed meanwhile: try again')
  return live
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
  const users = await createUserRepo(db).namesAndInviteCodesOf([...new Set(page.items.map((i) => i.userId))])
  const at = now()
  const items = await Promise.all(
    page.items.map(async (inv) => {
      const user = users.get(inv.userId)
      const view = viewOf(inv, user?.name ?? '', at, user ? (user.inviteCode ?? null) : undefined)
      return view.status === 'unused' ? { ...view, text: inviteText(view.userName, inv), qrUrl: await qrUrl(inv.qrFileID) } : view
    }),
  )
  return { items, cursor: page.cursor }
}

/** With the user's live code known (null: none), an unused code they do not point at shows as superseded. */
function viewOf(inv: Invite, userName: string, at: string, liveCode?: string | null): InviteView {
  const status = inviteStatus(inv, at)
  const dead = status === 'unused' && liveCode !== undefined && liveCode !== inv.id
  return { code: inv.id, userId: inv.userId, userName, createdAt: inv.createdAt, expiresAt: inv.expiresAt, status: dead ? 'superseded' : status }
}

export const inviteActions = { invite, invites } satisfies Partial<ActionHandlers<'admin'>>
