import { createCalendar, type Calendar, type DayOverride } from '../../src/core/calendar'
import { calendarWarning } from '../../src/core/calendar-year'
import type { Database } from './cloud'
import { createCalendarRepo } from './repos/calendar'

const CACHE_MS = 60_000
let cached: { at: number; calendar: Calendar } | null = null

/**
 * The working-day calendar: the official schedule plus the admin's overrides (collection
 * `calendar`, documents `{_id: 'YYYY-MM-DD', day: 'work' | 'off'}`), cached briefly per container.
 */
export async function loadCalendar(db: Database, nowMs: number): Promise<Calendar> {
  if (cached && nowMs - cached.at < CACHE_MS && nowMs >= cached.at) return cached.calendar
  const overrides: Record<string, DayOverride> = {}
  try {
    const res = await db.collection('calendar').orderBy('_id', 'asc').limit(1000).get()
    for (const doc of res.data) if (doc.day === 'work' || doc.day === 'off') overrides[String(doc._id)] = doc.day
  } catch {
    // no overrides collection yet: the official schedule alone
  }
  cached = { at: nowMs, calendar: createCalendar(overrides) }
  return cached.calendar
}

/** Drops this container's cached calendar, so that the admin's own next call sees its change. */
export function forgetCalendar(): void {
  cached = null
}

/** The year whose official schedule is neither built in nor entered, when SPEC §7.3 warns of it. */
export async function missingYear(db: Database, at: string): Promise<number | null> {
  const year = +at.slice(0, 4)
  return calendarWarning(at, await createCalendarRepo(db).enteredAmong([year, year + 1]))
}
