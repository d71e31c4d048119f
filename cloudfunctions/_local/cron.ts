// The 7-field cron of WeChat cloud timer triggers, "second minute hour day month weekday year"
// (`*`, `n`, `a-b`, `*/step`, `a/step`, lists; months and weekdays also by name, 0 = Sunday), read
// by croner as the platform documents it: in UTC+8, and when both day and weekday are restricted
// either one matching is enough (croner's default).
import { Cron, type CronOptions } from 'croner'

const OPTIONS: CronOptions = { mode: '7-part', timezone: 'Asia/Shanghai', sloppyRanges: true }

export interface CronSchedule {
  /** whether the given epoch second (as wall time in UTC+8) is one the schedule fires at */
  matches(epochMs: number): boolean
}

/** Reads an expression; throws on a malformed one (a trigger that would never fire as meant). */
export function parseCron(expression: string): CronSchedule {
  const cron = cronOf(expression, { paused: true })
  return { matches: (epochMs) => cron.match(new Date(epochMs)) }
}

/** Calls fire at every time the expression names, in real wall time, until stopped. */
export function scheduleCron(expression: string, fire: () => void): { stop(): void } {
  // unref: a schedule alone does not keep the process alive
  return cronOf(expression, { unref: true }, fire)
}

function cronOf(expression: string, options: CronOptions, fire?: () => void): Cron {
  try {
    return fire ? new Cron(expression, { ...OPTIONS, ...options }, fire) : new Cron(expression, { ...OPTIONS, ...options })
  } catch (err) {
    throw new Error(`bad timer trigger "${expression}" (cron needs 7 fields: s m h day month weekday year): ${(err as Error).message}`)
  }
}
