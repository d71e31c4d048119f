import { bindSchema } from '../../src/core/admin-schemas'
import { AppError } from '../../src/core/errors'
import { afterFailure, inviteStatus, isInviteCodeShape, isLocked, normaliseInviteCode, type BindAttempts, type Invite } from '../../src/core/invites'
import { parseInput } from '../../src/core/schemas'
import type { User } from '../../src/core/types'
import { recordAudit } from '../_shared/audit'
import { callerOpenid, getDb, type Database } from '../_shared/cloud'
import { now } from '../_shared/clock'
import { createInviteRepo, INVITES } from '../_shared/repos/invites'
import { fromDoc } from '../_shared/repos/docs'
import { createUserRepo } from '../_shared/repos/users'
import { lockBinding, unlockBinding } from './bind-lock'

export const BIND_ATTEMPTS = 'bindAttempts'

/**
 * `auth.bind {code}` (SPEC §7.2): binds the caller's OPENID to the invite's user record. Callable
 * unbound. The invite is claimed in a one-document transaction, so of concurrent binds with one
 * code exactly one wins; the claim names the OPENID, so a retry after a call died between claim and
 * binding finishes the binding instead of answering INVITE.USED. Binds by one OPENID run one at a
 * time (bind-lock.ts), so two codes at once bind at most one record.
 */
export async function bind(payload: Record<string, unknown>): Promise<User> {
  const code = normaliseInviteCode(parseInput(bindSchema, payload).code)
  const openid = callerOpenid()
  if (!openid) throw new AppError('AUTH.UNBOUND', 'no WeChat identity on this call')
  const db = getDb()
  const at = now()
  const attempts = await readAttempts(db, openid)
  if (isLocked(attempts, at)) throw new AppError('AUTH.TOO_MANY_ATTEMPTS', 'too many wrong codes: try again in an hour')
  const invites = createInviteRepo(db)
  const invite = isInviteCodeShape(code) ? await invites.byCode(code) : null
  const bound = await boundAlready(db, openid, invite)
  if (bound) return bound
  if (!invite) {
    await recordFailure(db, openid, at)
    throw new AppError('INVITE.INVALID', 'no such invite code')
  }
  const user = await createUserRepo(db).byId(invite.userId)
  if (!user || (user as { inviteCode?: string }).inviteCode !== invite.id || invite.supersededAt) throw new AppError('INVITE.INVALID', 'this invite was replaced')
  if (!user.active) throw new AppError('AUTH.INACTIVE', 'this user is deactivated')
  const retry = invite.usedBy === openid && !user.openid
  if (!retry) {
    const status = inviteStatus(invite, at)
    if (status === 'used' || user.openid) throw new AppError('INVITE.USED', 'this invite was used')
    if (status === 'expired') throw new AppError('INVITE.EXPIRED', 'this invite has expired')
  }
  await lockBinding(db, openid, user.id, at)
  try {
    // a bind of another code that ended while this one waited is seen here, before any claim
    const meanwhile = await boundAlready(db, openid, await invites.byCode(invite.id))
    if (meanwhile) return meanwhile
    if (!retry && (await claim(db, invite.id, openid, at)) !== 'won') throw new AppError('INVITE.USED', 'this invite was used')
    await db.collection('users').doc(user.id).update({ data: { openid, boundAt: at } })
    await recordAudit(db, { actorId: user.id, at, action: 'bind', target: user.id, after: { code: invite.id } })
  } finally {
    await unlockBinding(db, openid, user.id)
  }
  return { ...user, openid }
}

/**
 * The caller's record when this OPENID is bound already and this is the same bind again (the first
 * answer was lost); AUTH.ALREADY_BOUND when it is bound to a record by another code; null if unbound.
 */
async function boundAlready(db: Database, openid: string, invite: Invite | null): Promise<User | null> {
  const mine = await createUserRepo(db).byOpenidAnyState(openid)
  if (!mine) return null
  if (invite?.usedBy === openid && invite.userId === mine.id) return mine
  throw new AppError('AUTH.ALREADY_BOUND', 'this WeChat account is bound already')
}

/** Marks the invite used by this OPENID unless someone did first. */
async function claim(db: Database, code: string, openid: string, at: string): Promise<'won' | 'lost'> {
  return db.runTransaction(async (t: Database) => {
    const ref = t.collection(INVITES).doc(code)
    const current = fromDoc<Invite>((await ref.get()).data)
    if (current.usedAt || current.supersededAt) return current.usedBy === openid ? 'won' : 'lost'
    await ref.update({ data: { usedAt: at, usedBy: openid } })
    return 'won'
  })
}

async function readAttempts(db: Database, openid: string): Promise<BindAttempts | null> {
  const res = await db.collection(BIND_ATTEMPTS).where({ _id: openid }).limit(1).get()
  return (res.data[0] as BindAttempts | undefined) ?? null
}

/** One more wrong code for this OPENID, counted in a transaction so concurrent guesses all count. */
async function recordFailure(db: Database, openid: string, at: string): Promise<void> {
  await db.runTransaction(async (t: Database) => {
    const ref = t.collection(BIND_ATTEMPTS).doc(openid)
    let current: BindAttempts | null = null
    try {
      current = (await ref.get()).data ?? null
    } catch {
      current = null // first wrong code: no document yet
    }
    const next = afterFailure(current, at)
    await ref.set({ data: { failures: next.failures, lockedUntil: next.lockedUntil } })
  })
}
