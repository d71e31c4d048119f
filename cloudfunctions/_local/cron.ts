// The 7-field cron of WeChat cloud timer triggers: "second minute hour day month weekday year",
// each field `*`, `n`, `a-b`, `a/step`, `a-b/step`, `*/step` or a comma list of these; months and
// weekdays also by name (JAN…DEC, SUN…SAT, 0 = Sunday). As the platform documents: the schedule is
// read in UTC+8, and when both day and weekday are restricted either one matching is enough.

const SHANGHAI_OFFSET_MS = 8 * 3600_000
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface FieldSpec {
  min: number
  max: number
  names?: string[]
  /** the first name stands for this number */
  nameBase?: number
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 6, names: WEEKDAYS, nameBase: 0 },
  { min: 1970, max: 2099 },
]

export interface Cron {
  /** whether the given epoch second (as wall time in UTC+8) is one the schedule fires at */
  matches(epochMs: number): boolean
}

export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron needs 7 fields (s m h day month weekday year): "${expression}"`)
  const sets = parts.map((p, i) => parseField(p, FIELDS[i], expression))
  const [sec, min, hour, day, month, weekday, year] = sets
  const dayRestricted = parts[3] !== '*'
  const weekdayRestricted = parts[5] !== '*'

  return {
    matches(epochMs) {
      const t = new Date(epochMs + SHANGHAI_OFFSET_MS) // read UTC getters as Shanghai wall time
      const dayOk = day.has(t.getUTCDate())
      const weekdayOk = weekday.has(t.getUTCDay())
      const dateOk = dayRestricted && weekdayRestricted ? dayOk || weekdayOk : dayOk && weekdayOk
      return (
        dateOk &&
        sec.has(t.getUTCSeconds()) &&
        min.has(t.getUTCMinutes()) &&
        hour.has(t.getUTCHours()) &&
        month.has(t.getUTCMonth() + 1) &&
        year.has(t.getUTCFullYear())
      )
    },
  }
}

function parseField(text: string, spec: FieldSpec, expression: string): Set<number> {
  const out = new Set<number>()
  const bad = () => new Error(`bad cron field "${text}" in "${expression}"`)
  for (const item of text.split(',')) {
    const [rangeText, stepText, extra] = item.split('/')
    if (extra !== undefined) throw bad()
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw bad()
    let from: number
    let to: number
    if (rangeText === '*') {
      from = spec.min
      to = spec.max
    } else {
      const [a, b] = rangeText.split('-')
      from = value(a, spec)
      // "a/step" runs from a to the end of the field, as in "1/10" = minute 1, 11, 21…
      to = b !== undefined ? value(b, spec) : stepText !== undefined ? spec.max : from
    }
    if ([from, to].some((n) => Number.isNaN(n) || n < spec.min || n > spec.max) || from > to) throw bad()
    for (let n = from; n <= to; n += step) out.add(n)
  }
  return out
}

function value(text: string | undefined, spec: FieldSpec): number {
  if (text === undefined || text === '') return NaN
  if (/^\d+$/.test(text)) return Number(text)
  const i = spec.names?.indexOf(text.toUpperCase()) ?? -1
  return i < 0 ? NaN : i + (spec.nameBase ?? 0)
}
