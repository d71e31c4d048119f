/**
 * The admin's year view of the working-day calendar and the warning of SPEC §7.3. Pure: the
 * overrides and the years marked as entered come in, as does `now`.
 */
import { isKnownYear, officialDay, type DayOverride } from './calendar'
import { addDays, localDate, weekday } from './time'

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup'
/** `official`: the built-in schedule; `override`: the admin's; `default`: Mon–Fri. */
export type DaySource = 'official' | 'override' | 'default'

/** An override as stored in the `calendar` collection (`_id` is the date). */
export interface StoredOverride {
  date: string
  day: DayOverride
  name?: string
}

export interface CalendarDay {
  date: string
  kind: DayKind
  source: DaySource
  name?: string
}

export interface YearStatus {
  year: number
  /** the official schedule is in the built-in data */
  builtIn: boolean
  /** an admin applied the notice or marked the year as entered */
  entered: boolean
}

const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6

function kindOf(date: string, day: DayOverride, named: boolean): DayKind {
  if (day === 'work') return isWeekend(date) ? 'makeup' : 'workday'
  // A named day off is part of a holiday even on a weekend (元旦 on a Saturday).
  return named || !isWeekend(date) ? 'holiday' : 'weekend'
}

/** Every date of the year with its kind, source and holiday name. */
export function describeYear(year: number, overrides: StoredOverride[]): CalendarDay[] {
  const byDate = new Map(overrides.map((o) => [o.date, o]))
  const days: CalendarDay[] = []
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
    const override = byDate.get(date)
    const official = officialDay(date)
    if (override) {
      const name = override.name ?? official?.name
      days.push({ date, kind: kindOf(date, override.day, !!name), source: 'override', ...(name ? { name } : {}) })
    } else if (official) {
      days.push({ date, kind: kindOf(date, official.day, true), source: 'official', name: official.name })
    } else {
      days.push({ date, kind: isWeekend(date) ? 'weekend' : 'workday', source: 'default' })
    }
  }
  return days
}

/** From this month on the next year's schedule is expected (the notice comes out in November). */
const WARN_FROM_MONTH = 11

/**
 * The year to warn about at `now`: next year, from 1 November, while its schedule is neither
 * built in nor entered; and the current year itself if it is still missing then (the deadlines
 * are already being counted Mon–Fri). Otherwise null.
 */
export function calendarWarning(now: string | number, enteredYears: number[]): number | null {
  const today = localDate(now)
  const year = +today.slice(0, 4)
  const years = +today.slice(5, 7) >= WARN_FROM_MONTH ? [year, year + 1] : [year]
  return years.find((y) => !isKnownYear(y) && !enteredYears.includes(y)) ?? null
}
