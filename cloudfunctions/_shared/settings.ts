import { settingsFrom, type Settings } from '../../src/core/settings'
import type { Database } from './cloud'

export const SETTINGS = 'settings'
/** The one settings document (SPEC §7.4). */
export const SETTINGS_ID = 'global'
const CACHE_MS = 60_000
let cached: { at: number; settings: Settings } | null = null

/**
 * The admin's settings, defaults where none are stored, cached per container for a minute like
 * the calendar: an admin change reaches every function within a minute.
 */
export async function loadSettings(db: Database, nowMs: number): Promise<Settings> {
  if (cached && nowMs - cached.at < CACHE_MS && nowMs >= cached.at) return cached.settings
  cached = { at: nowMs, settings: await readSettings(db) }
  return cached.settings
}

/** Uncached: what the admin screen shows and `settingsSet` starts from. */
export async function readSettings(db: Database): Promise<Settings> {
  const res = await db.collection(SETTINGS).where({ _id: SETTINGS_ID }).limit(1).get()
  return settingsFrom(res.data[0])
}

/**
 * The note that the reminder threshold went down (`settings/reschedule`): open requests store an
 * `escalateAt` computed with the old one, later than their reminder now is, so the scheduler
 * reschedules them (scheduler/reschedule.ts). `after` is how far it got.
 */
export const RESCHEDULE_ID = 'reschedule'

export interface RescheduleNote {
  since: string
  after: { e: string; i: string } | null
}

/** Written before the lower threshold itself: a call cut off in between costs a needless pass, never a missed one. */
export async function noteThresholdLowered(db: Database, at: string): Promise<void> {
  await db.collection(SETTINGS).doc(RESCHEDULE_ID).set({ data: { since: at, after: null } })
}
