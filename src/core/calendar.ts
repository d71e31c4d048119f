/**
 * The working-day calendar (SPEC §3.4): the State Council schedule with its 调休 make-up days from
 * `chinese-days`, admin overrides on top. Years the package does not know fall back to Mon–Fri.
 */
import official from 'chinese-days/dist/chinese-days.json'
import { AppError } from './errors'
import { addDays, localDate, localTimeOfDay, startOfLocalDate, toIso, weekday } from './time'

/** An admin override for one date: `work` makes it a working day, `off` a day off. */
export type DayOverride = 'work' | 'off'

export interface Calendar {
  /** Whether the local date `YYYY-MM-DD` is a working day. */
  isWorkday(date: string): boolean
  /** Step n times to the next working day (backwards for n < 0), keeping the local time of day. */
  addWorkdays(t: string, n: number): string
  /**
   * Working days d with fromDate < d ≤ toDate (negative when toDate is earlier), so that
   * `workdaysBetween(a, addWorkdays(a, n)) === n`. Accepts dates or ISO times.
   */
  workdaysBetween(fromDate: string, toDate: string): number
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/*
 * The package's data file, keyed by date string: its functions derive dates from the runtime's
 * local time zone and shift by a day outside UTC+8, the data does not.
 */
const HOLIDAYS: Record<string, string> = official.holidays
const MAKEUP_WORKDAYS: Record<string, string> = official.workdays
const KNOWN_YEARS = [...new Set(Object.keys(HOLIDAYS).map((d) => +d.slice(0, 4)))].sort((a, b) => a - b)

/** The years whose official schedule is built in; the admin UI warns for dates outside them. */
export function knownYears(): number[] {
  return KNOWN_YEARS.slice()
}

/** Whether the official schedule of a year is built in (otherwise Mon–Fri plus overrides). */
export function isKnownYear(year: number): boolean {
  return KNOWN_YEARS.includes(year)
}

/** The official schedule's entry for a date: a holiday (`off`) or make-up working day (`work`), with its name. */
export function officialDay(date: string): { day: DayOverride; name: string } | null {
  const makeup = MAKEUP_WORKDAYS[date]
  if (makeup) return { day: 'work', name: makeup.split(',')[1] }
  const holiday = HOLIDAYS[date]
  return holiday ? { day: 'off', name: holiday.split(',')[1] } : null
}

function checkDate(date: string): string {
  if (!DATE_RE.test(date)) throw new AppError('INPUT.INVALID', 'Invalid date', { date: `not YYYY-MM-DD: ${date}` })
  startOfLocalDate(date) // validates the day of month
  return date
}

const asDate = (s: string) => (DATE_RE.test(s) ? checkDate(s) : localDate(s))

export function createCalendar(overrides: Record<string, DayOverride> = {}): Calendar {
  const isWorkday = (date: string): boolean => {
    const override = overrides[checkDate(date)]
    if (override) return override === 'work'
    if (MAKEUP_WORKDAYS[date]) return true
    if (HOLIDAYS[date]) return false
    const day = weekday(date)
    return day !== 0 && day !== 6
  }

  const addWorkdays = (t: string, n: number): string => {
    if (!Number.isInteger(n)) throw new AppError('INPUT.INVALID', 'Invalid number of working days', { n: String(n) })
    const timeOfDay = localTimeOfDay(t)
    const step = n < 0 ? -1 : 1
    let date = localDate(t)
    for (let left = Math.abs(n); left > 0; ) {
      date = addDays(date, step)
      if (isWorkday(date)) left--
    }
    return toIso(startOfLocalDate(date) + timeOfDay)
  }

  const workdaysBetween = (fromDate: string, toDate: string): number => {
    const from = asDate(fromDate)
    const to = asDate(toDate)
    const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1]
    let count = 0
    for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (isWorkday(d)) count++
    return sign * count
  }

  return { isWorkday, addWorkdays, workdaysBetween }
}
