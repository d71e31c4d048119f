/**
 * Time in Asia/Shanghai (SPEC §3.4). China has used a fixed UTC+8 without DST since 1991, so a
 * fixed offset is exact and keeps the mini program free of Intl time zone data.
 */
import { AppError } from './errors'

export const SHANGHAI_OFFSET_MS = 8 * 3600_000
export const DAY_MS = 24 * 3600_000

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function invalid(s: unknown): never {
  throw new AppError('INPUT.INVALID', 'Invalid time', { time: `not an ISO-8601 time: ${String(s)}` })
}

/**
 * Epoch ms of an ISO-8601 time. Without an offset the time is read as Shanghai local time; a bare
 * date is local midnight. Throws `INPUT.INVALID` for anything else (including 2026-02-30).
 */
export function parseTime(s: string): number {
  const m = typeof s === 'string' ? ISO_RE.exec(s.trim()) : null
  if (!m) return invalid(s)
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = m
  const fields = [+y, +mo - 1, +d, +h, +mi, +sec] as const
  const ms = Math.floor(Number(`0.${frac}`) * 1000)
  const asUtc = Date.UTC(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], ms)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || +h > 23 || +mi > 59 || +sec > 59) {
    return invalid(s)
  }
  return asUtc - zoneOffsetMs(zone)
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return SHANGHAI_OFFSET_MS
  if (zone === 'Z') return 0
  const sign = zone[0] === '-' ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000
}

/** Epoch ms of any accepted time value; throws `INPUT.INVALID` when it is not a valid time. */
export function toEpoch(t: Date | number | string): number {
  const ms = typeof t === 'string' ? parseTime(t) : typeof t === 'number' ? t : t instanceof Date ? t.getTime() : NaN
  return Number.isFinite(ms) ? ms : invalid(t)
}

/** ISO-8601 in +08:00, e.g. `2026-10-08T10:00:00.000+08:00`. */
export function toIso(t: Date | number | string): string {
  const local = new Date(toEpoch(t) + SHANGHAI_OFFSET_MS)
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}+08:00`
  )
}

/** The local date `YYYY-MM-DD` in Asia/Shanghai. */
export function localDate(t: Date | number | string): string {
  return toIso(t).slice(0, 10)
}

/** Milliseconds since local midnight in Asia/Shanghai. */
export function localTimeOfDay(t: Date | number | string): number {
  return (((toEpoch(t) + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS
}

/** Whether a value is a real local date `YYYY-MM-DD` (2026-02-30 and 2026-12-45 are not). */
export function isLocalDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const [y, m, d] = s.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** Epoch ms of local midnight of a `YYYY-MM-DD` date in Asia/Shanghai. */
export function startOfLocalDate(date: string): number {
  return parseTime(date.slice(0, 10))
}

/** `YYYY-MM-DD` shifted by n calendar days. */
export function addDays(date: string, n: number): string {
  return localDate(startOfLocalDate(date) + n * DAY_MS)
}

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` date. */
export function weekday(date: string): number {
  return new Date(startOfLocalDate(date) + SHANGHAI_OFFSET_MS).getUTCDay()
}
