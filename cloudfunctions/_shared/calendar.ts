import { createCalendar, type Calendar, type DayOverride } from '../../src/core/calendar'
import type { Database } from './cloud'

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
    const res = await db.collection('calendar').limit(1000).get()
    for (const doc of res.data) overrides[String(doc._id)] = doc.day
  } catch {
    // no overrides collection yet: the official schedule alone
  }
  cached = { at: nowMs, calendar: createCalendar(overrides) }
  return cached.calendar
}
