// Deactivating a user and handing their open work on (SPEC §7.1): a liaison's open requests and
// open care tasks go to the least-loaded active liaison of the same unit, or to pending_dispatch /
// unassigned when none is left, each with a timeline event. Safe to cut off anywhere: the user is
// first marked inactive with `handoverPending` (so routing stops choosing them at once), the work
// is moved one document at a time with version checks, and the mark is cleared last; whoever runs
// next (a retry, the scheduler) finishes what is left, and nothing is moved twice. The same goes
// for a liaison an import moves to another unit or role (`handOverWork`, a step of the import,
// resumed with it): they keep only the work of the unit they are a liaison of now.
import { evolve } from '../../src/core/lifecycle'
import { chooseLiaison } from '../../src/core/routing'
import { OPEN_STATUSES, type RequestStatus, type User } from '../../src/core/types'
import type { CareTask } from '../../src/core/care-types'
import { AppError } from '../../src/core/errors'
import { recordAudit } from './audit'
import { loadCalendar } from './calendar'
import type { Database } from './cloud'
import { now, nowMs } from './clock'
import { fromDoc } from './repos/docs'
import { careNotices, deliverCareNotices, type PendingCareNotices } from './care/notices'
import { deliverNotices } from './announce'
import { createRequestRepo } from './repos/requests'
import { createUserRepo } from './repos/users'

export interface HandoverResult {
  requests: number
  careTasks: number
}

const BATCH = 50
const ASSIGNED: RequestStatus[] = OPEN_STATUSES.filter((s) => s !== 'pending_dispatch')

/** Marks the user inactive (if not yet) and moves their open work; answers what it moved. */
export async function deactivateUser(db: Database, userId: string, actorId: string): Promise<HandoverResult & { user: User }> {
  const _ = db.command
  const users = createUserRepo(db)
  const user = await users.byId(userId)
  if (!user) throw new AppError('INPUT.INVALID', 'no such user', { userId: '用户不存在' })
  if (user.active) {
    const at = now()
    await db.collection('users').where({ _id: userId, active: true }).update({ data: { active: false, handoverPending: true, deactivatedAt: at } })
  } else if (!user.handoverPending) {
    return { user, requests: 0, careTasks: 0 }
  }
  const fresh = (await users.byId(userId))!
  const result = { requests: await handOverRequests(db, fresh, actorId), careTasks: await handOverCareTasks(db, fresh, actorId) }
  // one audit entry per deactivation: its id comes from the deactivation, so a retry cannot double it
  await recordAudit(
    db,
    { actorId, at: fresh.deactivatedAt ?? now(), action: 'deactivate', target: userId, before: { active: true }, after: { active: false, ...result } },
    auditIdFor(fresh.deactivatedAt ?? now(), userId),
  )
  await db.collection('users').where({ _id: userId }).update({ data: { handoverPending: _.remove() } })
  return { user: fresh, ...result }
}

/**
 * Hands on the open work `userId` may no longer keep (an import changed their unit or role):
 * whatever is not of the unit they are an active liaison of now. Idempotent: a rerun after a call
 * cut off half-way moves only what is still left, each piece once.
 */
export async function handOverWork(db: Database, userId: string, actorId: string): Promise<HandoverResult> {
  const user = await createUserRepo(db).byId(userId)
  if (!user) return { requests: 0, careTasks: 0 }
  return { requests: await handOverRequests(db, user, actorId), careTasks: await handOverCareTasks(db, user, actorId) }
}

/** How much open work each user holds now: what a handover of theirs would move (import check). */
export async function openWorkOf(db: Database, userIds: string[]): Promise<Map<string, { requests: number; careTasks: number }>> {
  const _ = db.command
  const open = new Map<string, { requests: number; careTasks: number }>()
  // ten people at a time: a partial file can leave a county's liaisons all "missing"
  for (let i = 0; i < userIds.length; i += 10) {
    const counted = await Promise.all(
      userIds.slice(i, i + 10).map(async (id) => {
        const [requests, careTasks] = await Promise.all([db.collection('requests').where({ assigneeId: id, status: _.in(ASSIGNED) }).count(), openCareTasks(db, id)])
        return [id, { requests: requests.total as number, careTasks }] as const
      }),
    )
    for (const [id, work] of counted) open.set(id, work)
  }
  return open
}

/** The unit whose open work the user keeps: an active liaison's own; none for anyone else. */
const keptUnit = (user: User): string | null => (user.active && user.role === 'liaison' && user.unitId) || null

/** Users whose handover a cut-off call left unfinished (index `{handoverPending}`). */
export async function finishHandovers(db: Database): Promise<number> {
  const pending = await createUserRepo(db).handoverPending(BATCH)
  for (const user of pending) await deactivateUser(db, user.id, 'system')
  return pending.length
}

async function handOverRequests(db: Database, user: User, actorId: string): Promise<number> {
  const _ = db.command
  const calendar = await loadCalendar(db, nowMs())
  const repo = createRequestRepo(db, calendar, { deliver: deliverNotices })
  const users = createUserRepo(db)
  const kept = keptUnit(user)
  let moved = 0
  for (let round = 0; round < 100; round++) {
    const res = await db.collection('requests').where({ assigneeId: user.id, status: _.in(ASSIGNED), ...(kept ? { assignedUnitId: _.neq(kept) } : {}) }).limit(BATCH).get()
    if (!res.data.length) return moved
    for (const doc of res.data as Record<string, unknown>[]) {
      const req = (await repo.byId(String(doc._id)))!
      if (req.assigneeId !== user.id || !ASSIGNED.includes(req.status) || (kept && req.assignedUnitId === kept)) continue
      const others = req.assignedUnitId ? (await users.activeLiaisons(req.assignedUnitId)).filter((u) => u.id !== user.id) : []
      const to = chooseLiaison(await repo.liaisonLoads(others.map((u) => u.id)))
      const at = now()
      const next = evolve(req, { type: 'handover', actorId, at, from: user.id, to })
      try {
        // the new liaison hears of it as of a new assignment; back in dispatch, the township does
        await repo.saveIfVersion(next, req.version, [to ? { notice: next.status === 'assigned' ? 'routed' : 'handedOver', to: 'assigned' } : { notice: 'pendingDispatch', to: 'secretaries' }])
        moved++
      } catch (err) {
        // someone changed it meanwhile: the next round reads it again
        if (!(err instanceof AppError && err.code === 'REQUEST.BAD_STATE')) throw err
      }
    }
  }
  return moved
}

async function handOverCareTasks(db: Database, user: User, actorId: string): Promise<number> {
  const users = createUserRepo(db)
  const kept = keptUnit(user)
  let moved = 0
  for (let round = 0; round < 100; round++) {
    const res = await db.collection('careTasks').where({ assigneeId: user.id, status: 'open', ...(kept ? { homeUnitId: db.command.neq(kept) } : {}) }).limit(BATCH).get()
    if (!res.data.length) return moved
    for (const doc of res.data as Record<string, unknown>[]) {
      const task = fromDoc<CareTask & { events?: unknown[] }>(doc)
      const others = task.homeUnitId ? (await users.activeLiaisons(task.homeUnitId)).filter((u) => u.id !== user.id) : []
      const to = chooseLiaison(await careLoads(db, others.map((u) => u.id)))
      const at = now()
      const event = { type: 'handover', actorId, at, from: user.id, to }
      // the new liaison is told as of a new task (or the township, when nobody is left), with the write
      const movedTask = { ...task, assigneeId: to, updatedAt: at, version: task.version + 1 }
      const pending = careNotices(movedTask, to ? 'careAssigned' : 'careUnassigned', (doc.noticesPending as PendingCareNotices | null) ?? null, at)
      const res2 = await db.collection('careTasks').where({ _id: task.id, version: task.version }).update({
        data: { assigneeId: to, updatedAt: at, version: task.version + 1, events: db.command.set([...(task.events ?? []), event]), noticesPending: db.command.set(pending) },
      })
      if (res2.stats.updated !== 1) continue
      moved++
      if (pending) await deliverCareNotices(db, movedTask, pending)
    }
  }
  return moved
}

async function openCareTasks(db: Database, userId: string): Promise<number> {
  return (await db.collection('careTasks').where({ assigneeId: userId, status: 'open' }).count()).total as number
}

async function careLoads(db: Database, liaisonIds: string[]) {
  return Promise.all(
    liaisonIds.map(async (userId) => {
      return { userId, openCount: await openCareTasks(db, userId), lastAssignedAt: null }
    }),
  )
}

/** An audit id (same shape as recordAudit's, sorting by time) derived from what it records. */
export function auditIdFor(atIso: string, key: string): string {
  let h = 0x811c9dc5
  let h2 = 0
  for (const ch of key) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    h2 = Math.imul(h2 + ch.charCodeAt(0), 31) >>> 0
  }
  const hex = (h.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 10)
  return 'a' + Date.parse(atIso).toString(36).padStart(10, '0') + hex
}

