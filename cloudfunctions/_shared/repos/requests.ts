import { createCalendar, type Calendar } from '../../../src/core/calendar'
import { AppError } from '../../../src/core/errors'
import { nextEscalationAt, REMIND_AT_SHARE } from '../../../src/core/escalation'
import { pendingRollup, rollupDelta, type PendingRollup } from '../../../src/core/rollups'
import { OPEN_STATUSES, type ServiceRequest } from '../../../src/core/types'
import type { Page } from '../../../src/core/contract'
import type { LiaisonLoad } from '../../../src/core/routing'
import type { Database } from '../cloud'
import { fromDoc, replaceFields, toDoc } from './docs'
import { now } from '../clock'
import { settleRollup } from '../rollups'
import { randomBytes } from 'node:crypto'
import type { Notice } from '../../../src/core/request-notices'
import { requestNotices, type PendingRequestNotices } from '../../../src/core/pending-notices'
import { overduePage, type OverdueStatus } from './overdue-page'
import { jsonCursor, keysetPage } from './keyset'

const COLLECTION = 'requests'
export const PAGE_SIZE = 20
/** What a stored request carries besides the request: its pending increments and notices. */
const STORAGE_FIELDS = ['rollupPending', 'noticesPending'] as const
/** `{c: createdAt, i: id}` of the last request of a page. */
const CURSOR = jsonCursor('c')

/** Open requests the scheduler reads per query; ≤ 100 keeps a page under the 1 MB result cap. */
export const ESCALATION_PAGE = 100

/** Delivers a request's pending notices and clears them once `settled` is done (`deliverNotices` in ../announce). */
export type DeliverNotices = (db: Database, req: ServiceRequest, pending: PendingRequestNotices, settled?: Promise<unknown>) => Promise<unknown>

/**
 * `calendar` and `remindAtShare` keep `escalateAt` exact on every write (the official schedule and
 * the default share when none are given; callers pass the admin's overrides and settings).
 * `deliver` sends the notices a write carries right after it; without one they wait for the
 * scheduler's sweep.
 */
export function createRequestRepo(
  db: Database,
  calendar: Calendar = createCalendar(),
  { remindAtShare = REMIND_AT_SHARE, deliver }: { remindAtShare?: number; deliver?: DeliverNotices } = {},
) {
  const _ = db.command
  const requests = () => db.collection(COLLECTION)
  const scheduled = (req: ServiceRequest): ServiceRequest => ({ ...req, escalateAt: nextEscalationAt(req, calendar, remindAtShare) })
  // What this repository read, with the increments and notices left pending on it, so that a save
  // need not read the request again. What is pending is storage, not part of the request.
  const loaded = new Map<string, Stored>()
  const fromStored = (doc: Record<string, unknown>): ServiceRequest => {
    const req = fromDoc<ServiceRequest>(doc, STORAGE_FIELDS)
    const notices = (doc.noticesPending as PendingRequestNotices | null | undefined) ?? null
    loaded.set(req.id, { req, pending: (doc.rollupPending as PendingRollup | null | undefined) ?? null, notices })
    return req
  }
  const readStored = async (id: string): Promise<Stored | null> => {
    const res = await requests().where({ _id: id }).limit(1).get()
    return res.data[0] ? (fromStored(res.data[0]), loaded.get(id)!) : null
  }
  // After a write: its rollup increments and its notices, side by side (neither waits on the other).
  const settleAndDeliver = async (req: ServiceRequest, pending: PendingRollup | null, told: PendingRequestNotices | null) => {
    const settled = pending ? settleRollup(db, req.id, pending.token) : undefined
    await Promise.all([settled, told && deliver ? deliver(db, req, told, settled) : undefined])
  }

  return {
    byId: async (id: string) => (await readStored(id))?.req ?? null,

    /**
     * Stores a new request with its notices, then delivers them; false when one with this id exists
     * already (an idempotent retry: that one carries its own notices).
     */
    async insert(req: ServiceRequest, notices: Notice[] = []): Promise<boolean> {
      const pending = pendingRollup(rollupDelta(null, req), newToken(), now(), null)
      const told = requestNotices(req, notices, null, now(), newToken())
      try {
        await requests().add({ data: { ...toDoc(scheduled(req)), rollupPending: pending, noticesPending: told } })
      } catch (err) {
        if (await readStored(req.id)) return false
        throw err
      }
      await settleAndDeliver(req, pending, told)
      return true
    },

    /**
     * Writes `next` only if the stored request is still at `expectedVersion`: of two racing
     * changes exactly one wins, the other gets REQUEST.BAD_STATE and changes nothing. The change
     * and its rollup increments are one write; the increments are then settled (SPEC §6).
     * The write also requires the pending increments it folded in to be still pending: if someone
     * settled them meanwhile (the version does not move for that), it reads again and refolds.
     * The change's notices go in the same write (with any an earlier change left undelivered) and
     * are delivered after it.
     */
    async saveIfVersion(next: ServiceRequest, expectedVersion: number, notices: Notice[] = []): Promise<void> {
      let known = loaded.get(next.id)
      for (let attempt = 1; ; attempt++) {
        const base = known?.req.version === expectedVersion ? known : await readStored(next.id)
        known = undefined
        loaded.delete(next.id)
        if (!base || base.req.version !== expectedVersion) throw badState()
        const pending = pendingRollup(rollupDelta(base.req, next), newToken(), now(), base.pending)
        const told = requestNotices(next, notices, base.notices, now(), newToken())
        const { id: _id, ...fields } = scheduled(next)
        const res = await requests()
          .where({ _id: next.id, version: expectedVersion, 'rollupPending.token': base.pending?.token ?? null })
          .update({ data: { ...replaceFields(db, fields), rollupPending: pending ? _.set(pending) : null, noticesPending: told ? _.set(told) : null } })
        if (res.stats.updated === 1) return settleAndDeliver(next, pending, told)
        if (attempt >= SAVE_ATTEMPTS) throw badState()
      }
    },

    /** Newest first, keyset-paged so that pages stay stable while requests arrive. */
    page(filter: Record<string, unknown>, cursor: string | undefined): Promise<Page<ServiceRequest>> {
      return keysetPage(db, { collection: COLLECTION, filter, field: 'createdAt', size: PAGE_SIZE, cursor, codec: CURSOR, map: fromStored })
    },

    /** Past the deadline the handler works against now, most overdue first (see overdue-page.ts). */
    async overduePage(filter: Record<string, unknown>, at: string, statuses: readonly OverdueStatus[], cursor: string | undefined) {
      const page = await overduePage(db, filter, at, statuses, cursor, PAGE_SIZE)
      return { items: page.items.map((d) => fromStored(d)), cursor: page.cursor }
    },

    /** Resolved requests waiting for a rating since before `cutoff`, oldest first, one page (≤ 100 keeps under 1 MB). */
    async resolvedBefore(cutoff: string): Promise<ServiceRequest[]> {
      const res = await requests().where({ status: 'resolved', resolvedAt: _.lt(cutoff) }).orderBy('resolvedAt', 'asc').limit(100).get()
      return res.data.map((d: Record<string, unknown>) => fromStored(d))
    },

    /**
     * Open requests some escalation rule is due on, earliest first: an indexed range read
     * (`{status, escalateAt}`), so a run reads what it acts on, never the closed history.
     */
    async dueForEscalation(now: string): Promise<ServiceRequest[]> {
      const res = await requests()
        .where({ status: _.in([...OPEN_STATUSES]), escalateAt: _.lte(now) })
        .orderBy('escalateAt', 'asc')
        .limit(ESCALATION_PAGE)
        .get()
      return res.data.map((d: Record<string, unknown>) => fromStored(d))
    },

    /**
     * Open requests with an `escalateAt`, in `(escalateAt, _id)` order after `after`, one page: the
     * ties of the cursor's time first, then later times (both on `{status, escalateAt}`).
     */
    async openByEscalateAt(after: { e: string; i: string } | null, limit: number): Promise<ServiceRequest[]> {
      const open = _.in([...OPEN_STATUSES])
      const read = (where: Record<string, unknown>, n: number) =>
        requests().where(where).orderBy('escalateAt', 'asc').orderBy('_id', 'asc').limit(n).get()
      const ties = after ? (await read({ status: open, escalateAt: after.e, _id: _.gt(after.i) }, limit)).data : []
      const later = ties.length < limit ? (await read({ status: open, escalateAt: _.gt(after?.e ?? '') }, limit - ties.length)).data : []
      return [...ties, ...later].map((d: Record<string, unknown>) => fromStored(d))
    },

    /** Stores the exact next escalation time of a request read just now, unless it changed meanwhile. */
    async reschedule(req: ServiceRequest): Promise<boolean> {
      const escalateAt = scheduled(req).escalateAt ?? null
      if (escalateAt === (req.escalateAt ?? null)) return false
      const res = await requests().where({ _id: req.id, version: req.version }).update({ data: { escalateAt } })
      return res.stats.updated === 1
    },

    /**
     * Requests whose notices were written before `cutoff` and are still undelivered (a call cut off
     * after its write), oldest first, one page: an indexed range read on `noticesPending.at`.
     */
    async undeliveredBefore(cutoff: string): Promise<{ req: ServiceRequest; notices: PendingRequestNotices }[]> {
      const res = await requests().where({ 'noticesPending.at': _.lt(cutoff) }).orderBy('noticesPending.at', 'asc').limit(ESCALATION_PAGE).get()
      return res.data.map((d: Record<string, unknown>) => {
        const req = fromStored(d)
        return { req, notices: loaded.get(req.id)!.notices! }
      })
    },

    /** Open requests and the latest assignment of each liaison, for least-loaded routing. */
    async liaisonLoads(liaisonIds: string[]): Promise<LiaisonLoad[]> {
      return Promise.all(
        liaisonIds.map(async (userId) => {
          const [open, latest] = await Promise.all([
            requests()
              .where({ assigneeId: userId, status: _.in(OPEN_STATUSES.filter((s) => s !== 'pending_dispatch')) })
              .count(),
            requests().where({ assigneeId: userId }).orderBy('assignedAt', 'desc').limit(1).field({ assignedAt: true }).get(),
          ])
          return { userId, openCount: open.total, lastAssignedAt: (latest.data[0]?.assignedAt as string | undefined) ?? null }
        }),
      )
    },
  }
}

export type RequestRepo = ReturnType<typeof createRequestRepo>

interface Stored {
  req: ServiceRequest
  pending: PendingRollup | null
  notices: PendingRequestNotices | null
}

/** Reads again when only the pending increments moved; a version change ends it at once. */
const SAVE_ATTEMPTS = 4

const badState = () => new AppError('REQUEST.BAD_STATE', 'the request was changed by someone else')
const newToken = () => randomBytes(8).toString('hex')
