// One bind at a time per OPENID (SPEC §7.2: one WeChat account, one user record). Two binds of
// different codes by one OPENID would each claim their own invite and bind their own record; the
// lock `bindLocks/<OPENID>` lets one through. It is held only while a bind runs and released when
// it ends; one left by a call that died is taken over once older than any call can run.
import { AppError } from '../../src/core/errors'
import { parseTime } from '../../src/core/time'
import type { Database } from '../_shared/cloud'

export const BIND_LOCKS = 'bindLocks'
/** Far beyond the function's timeout (config.json: 10 s): no call holding an older lock is alive. */
const LOCK_MS = 60_000

interface Lock {
  userId: string
  at: string
}

/** Takes the OPENID's lock for binding `userId` (again, for a retry of the same bind); SYSTEM.BUSY while another bind holds it. */
export async function lockBinding(db: Database, openid: string, userId: string, at: string): Promise<void> {
  try {
    await db.collection(BIND_LOCKS).add({ data: { _id: openid, userId, at } })
    return
  } catch {
    // held already: by a retry of this bind, by another one, or left by a call that died
  }
  const held = (await db.collection(BIND_LOCKS).where({ _id: openid }).limit(1).get()).data[0] as Lock | undefined
  if (held?.userId === userId) return
  if (held && parseTime(held.at) + LOCK_MS > parseTime(at)) throw busy()
  const where = held ? { _id: openid, userId: held.userId, at: held.at } : { _id: openid }
  const res = await db.collection(BIND_LOCKS).where(where).update({ data: { userId, at } })
  if (res.stats.updated !== 1) throw busy()
}

export async function unlockBinding(db: Database, openid: string, userId: string): Promise<void> {
  await db.collection(BIND_LOCKS).where({ _id: openid, userId }).remove()
}

const busy = () => new AppError('SYSTEM.BUSY', 'another bind of this WeChat account is under way')
