import type { CalendarWarning, CalendarYear } from '../../../src/core/admin-types'
import { calendarApplySchema, calendarMarkSchema, calendarParseSchema, calendarSetSchema, calendarYearSchema } from '../../../src/core/admin-schemas'
import { isKnownYear } from '../../../src/core/calendar'
import { describeYear } from '../../../src/core/calendar-year'
import { AppError } from '../../../src/core/errors'
import { parseHolidayNotice, type ParsedNotice } from '../../../src/core/holiday-notice'
import { parseInput, emptySchema } from '../../../src/core/schemas'
import { startOfLocalDate } from '../../../src/core/time'
import { currentUser, requireRole } from '../../_shared/auth'
import { auditId, recordAudit } from '../../_shared/audit'
import { forgetCalendar, missingYear } from '../../_shared/calendar'
import { getDb, type Database } from '../../_shared/cloud'
import { now } from '../../_shared/clock'
import type { ActionHandlers } from '../../_shared/envelope'
import { createCalendarRepo } from '../../_shared/repos/calendar'

async function admin(db: Database) {
  const user = await currentUser(db)
  requireRole(user, 'admin')
  return user
}

function checkDate(date: string, year?: number): void {
  try {
    startOfLocalDate(date)
  } catch {
    throw new AppError('INPUT.INVALID', 'no such date', { date })
  }
  if (year !== undefined && !date.startsWith(`${year}-`)) throw new AppError('INPUT.INVALID', 'date outside the year', { date })
}

async function view(db: Database, year: number): Promise<CalendarYear> {
  const repo = createCalendarRepo(db)
  const [overrides, entered] = await Promise.all([repo.overridesOf(year), repo.yearRecord(year)])
  return { year, builtIn: isKnownYear(year), entered, days: describeYear(year, overrides) }
}

/** Every date of a year with its kind and source, and whether its official schedule is in. */
async function calendar(payload: Record<string, unknown>): Promise<CalendarYear> {
  const { year } = parseInput(calendarYearSchema, payload)
  const db = getDb()
  await admin(db)
  return view(db, year)
}

/** Sets (`work`/`off`) or clears (`null`) the override of one date; audited. */
async function calendarSet(payload: Record<string, unknown>): Promise<CalendarYear> {
  const { date, day } = parseInput(calendarSetSchema, payload)
  checkDate(date)
  const db = getDb()
  const user = await admin(db)
  const at = now()
  const entry = (before: unknown) => ({ actorId: user.id, at, action: 'calendarSet', target: date, before, after: day ? { date, day } : null })
  if (await createCalendarRepo(db).changeOverride(date, day, entry)) forgetCalendar()
  return view(db, +date.slice(0, 4))
}

/** Reads a pasted State Council notice into its days, for review; stores nothing. */
async function calendarParse(payload: Record<string, unknown>): Promise<ParsedNotice> {
  const { text } = parseInput(calendarParseSchema, payload)
  await admin(getDb())
  return parseHolidayNotice(text)
}

/**
 * Stores the reviewed days as the year's overrides (replacing that year's earlier ones) and marks
 * the year as entered. Every write is idempotent and the year is marked last, so a call cut off
 * half-way leaves the warning up until the admin applies again. The audit entry is recorded once:
 * its id is noted in the year's document before anything changes, an apply of the same days finds
 * it there, and the write that marks the year entered also clears the note.
 */
async function calendarApply(payload: Record<string, unknown>): Promise<CalendarYear> {
  const { year, days } = parseInput(calendarApplySchema, payload)
  for (const d of days) checkDate(d.date, year)
  if (new Set(days.map((d) => d.date)).size !== days.length) throw new AppError('INPUT.INVALID', 'a date appears twice', { days: 'duplicate date' })
  const db = getDb()
  const user = await admin(db)
  const repo = createCalendarRepo(db)
  const before = await repo.overridesOf(year)
  const noted = await repo.pendingApply(year)
  const resumed = noted && JSON.stringify(noted.days) === JSON.stringify(days)
  const entryId = resumed ? noted.auditId : auditId()
  if (!resumed) await repo.setPendingApply(year, { auditId: entryId, days })
  // before any override is written: a retry that finds the entry recorded wrote nothing before it
  await recordAudit(db, { actorId: user.id, at: now(), action: 'calendarApply', target: String(year), before, after: days }, entryId)
  for (const d of days) await repo.setOverride(d.date, d.day, d.name)
  const kept = new Set(days.map((d) => d.date))
  for (const old of before) if (!kept.has(old.date)) await repo.removeOverride(old.date)
  await repo.setYearRecord(year, { at: now(), by: user.id, how: 'notice' })
  forgetCalendar()
  return view(db, year)
}

/** Marks a year's official schedule as entered by hand (e.g. entered date by date), or unmarks it. */
async function calendarMark(payload: Record<string, unknown>): Promise<CalendarYear> {
  const { year, entered } = parseInput(calendarMarkSchema, payload)
  const db = getDb()
  const user = await admin(db)
  const record = { at: now(), by: user.id, how: 'marked' as const }
  const entry = (before: unknown) => ({ actorId: user.id, at: record.at, action: 'calendarMark', target: String(year), before, after: entered ? record : null })
  await createCalendarRepo(db).markYear(year, entered, record, entry)
  return view(db, year)
}

/** The year whose official schedule is missing (SPEC §7.3): for the admin, county staff and secretaries. */
async function calendarWarningAction(payload: Record<string, unknown>): Promise<CalendarWarning> {
  parseInput(emptySchema, payload)
  const db = getDb()
  requireRole(await currentUser(db), 'admin', 'county', 'secretary')
  return { year: await missingYear(db, now()) }
}

export const calendarActions = {
  calendar,
  calendarSet,
  calendarParse,
  calendarApply,
  calendarMark,
  calendarWarning: calendarWarningAction,
} satisfies Partial<ActionHandlers<'admin'>>
