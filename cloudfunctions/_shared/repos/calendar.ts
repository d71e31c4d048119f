import type { DayOverride } from '../../../src/core/calendar'
import type { StoredOverride } from '../../../src/core/calendar-year'
import type { AuditEntry } from '../../../src/core/admin-types'
import { AUDIT, auditDoc } from '../audit'
import type { Database } from '../cloud'

/** Overrides, one document per date: `{_id: 'YYYY-MM-DD', day, name?}` (read by `loadCalendar`). */
export const CALENDAR = 'calendar'
/**
 * Per-year records `{_id: 'year-YYYY', at, by, how}` (the official schedule was entered) and the
 * scheduler's `{_id: 'warning-log', date}` (the day it last logged the warning). A year's document
 * may also hold `applying` (an unfinished calendarApply, see below) and then no `at` until done.
 */
export const CALENDAR_STATUS = 'calendarStatus'

/** A calendarApply under way: its days and the id its audit entry is (to be) recorded under. */
export interface PendingApply {
  auditId: string
  days: unknown
}

export interface YearRecord {
  at: string
  by: string
  how: 'notice' | 'marked'
}

const yearId = (year: number) => `year-${year}`

type Entry = Omit<AuditEntry, 'id'>

/** A document read inside a transaction; the cloud answers a missing one with an error. */
async function txDoc(ref: { get: () => Promise<{ data: Record<string, any> }> }): Promise<Record<string, any> | null> {
  try {
    return (await ref.get()).data ?? null
  } catch {
    return null
  }
}

async function docOrNull(db: Database, coll: string, id: string): Promise<Record<string, any> | null> {
  const res = await db.collection(coll).where({ _id: id }).limit(1).get()
  return res.data[0] ?? null
}

export function createCalendarRepo(db: Database) {
  const _ = db.command
  return {
    /** The overrides of one year: a range on `_id` (the primary key). */
    async overridesOf(year: number): Promise<StoredOverride[]> {
      const res = await db
        .collection(CALENDAR)
        .where({ _id: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) })
        .limit(1000)
        .get()
      return (res.data as Record<string, any>[]).map((d) => ({ date: String(d._id), day: d.day, ...(d.name ? { name: d.name } : {}) }))
    },
    async override(date: string): Promise<StoredOverride | null> {
      const d = await docOrNull(db, CALENDAR, date)
      return d ? { date, day: d.day, ...(d.name ? { name: d.name } : {}) } : null
    },
    /** Idempotent: writing the same override again changes nothing. */
    async setOverride(date: string, day: DayOverride, name?: string): Promise<void> {
      await db.collection(CALENDAR).doc(date).set({ data: { day, ...(name ? { name } : {}) } })
    },
    /**
     * Sets (or with null clears) one date's override and adds the audit entry of the change, in one
     * transaction: a call cut off leaves both or neither. False when the date already was so.
     */
    async changeOverride(date: string, day: DayOverride | null, entry: (before: StoredOverride | null) => Entry): Promise<boolean> {
      return db.runTransaction(async (t: Database) => {
        const ref = t.collection(CALENDAR).doc(date)
        const doc = await txDoc(ref)
        const before: StoredOverride | null = doc ? { date, day: doc.day, ...(doc.name ? { name: doc.name } : {}) } : null
        if ((before?.day ?? null) === day) return false
        if (day) await ref.set({ data: { day } })
        else await ref.remove()
        await t.collection(AUDIT).add({ data: auditDoc(entry(before)) })
        return true
      })
    },
    async removeOverride(date: string): Promise<void> {
      await db.collection(CALENDAR).where({ _id: date }).remove()
    },
    async yearRecord(year: number): Promise<YearRecord | null> {
      const d = await docOrNull(db, CALENDAR_STATUS, yearId(year))
      return d?.at ? { at: d.at, by: d.by, how: d.how } : null
    },
    async pendingApply(year: number): Promise<PendingApply | null> {
      return ((await docOrNull(db, CALENDAR_STATUS, yearId(year)))?.applying as PendingApply | undefined) ?? null
    },
    /** Notes an apply under way in the year's document, keeping its record as it is. */
    async setPendingApply(year: number, applying: PendingApply): Promise<void> {
      const { _id, ...rest } = (await docOrNull(db, CALENDAR_STATUS, yearId(year))) ?? {}
      await db.collection(CALENDAR_STATUS).doc(yearId(year)).set({ data: { ...rest, applying } })
    },
    /** Replaces the whole document: writing the record also ends an apply under way, in one write. */
    async setYearRecord(year: number, record: YearRecord | null): Promise<void> {
      if (record) await db.collection(CALENDAR_STATUS).doc(yearId(year)).set({ data: { ...record } })
      else await db.collection(CALENDAR_STATUS).where({ _id: yearId(year) }).remove()
    },
    /** Marks a year entered (or unmarks it) and adds the audit entry, in one transaction; false if it already was so. */
    async markYear(year: number, entered: boolean, record: YearRecord, entry: (before: YearRecord | null) => Entry): Promise<boolean> {
      return db.runTransaction(async (t: Database) => {
        const ref = t.collection(CALENDAR_STATUS).doc(yearId(year))
        const doc = await txDoc(ref)
        const before: YearRecord | null = doc?.at ? { at: doc.at, by: doc.by, how: doc.how } : null
        if (!!before === entered) return false
        if (entered) await ref.set({ data: { ...record } })
        else await ref.remove()
        await t.collection(AUDIT).add({ data: auditDoc(entry(before)) })
        return true
      })
    },
    /** Which of these years are marked entered: reads by `_id` only. */
    async enteredAmong(years: number[]): Promise<number[]> {
      const found = await Promise.all(years.map(async (y) => ((await docOrNull(db, CALENDAR_STATUS, yearId(y)))?.at ? y : null)))
      return found.filter((y): y is number => y !== null)
    },
    /**
     * Claims today's warning log: true for exactly one caller per local date, so that the
     * scheduler logs once a day however often it runs.
     */
    async claimWarningLog(date: string): Promise<boolean> {
      const res = await db.collection(CALENDAR_STATUS).where({ _id: 'warning-log', date: _.neq(date) }).update({ data: { date } })
      if (res.stats.updated === 1) return true
      if (await docOrNull(db, CALENDAR_STATUS, 'warning-log')) return false
      try {
        await db.collection(CALENDAR_STATUS).add({ data: { _id: 'warning-log', date } })
        return true
      } catch {
        return false // another run created it first
      }
    },
  }
}

export type CalendarRepo = ReturnType<typeof createCalendarRepo>
