/** Invite codes and their state (SPEC §7.2). Pure: the random bytes and the time come in. */
import { DAY_MS, parseTime, toIso } from './time'

/** 31 symbols without look-alikes: no 0/O, 1/I/L. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8
export const INVITE_VALID_DAYS = 14

/**
 * A code from CSPRNG bytes, or null when too few were usable. Bytes at or above the largest
 * multiple of 31 are skipped so every symbol is equally likely (no modulo bias).
 */
export function inviteCodeFrom(bytes: Uint8Array): string | null {
  const n = INVITE_ALPHABET.length
  const limit = 256 - (256 % n)
  let code = ''
  for (const b of bytes) {
    if (b >= limit) continue
    code += INVITE_ALPHABET[b % n]
    if (code.length === INVITE_CODE_LENGTH) return code
  }
  return null
}

/** What a user types: spaces and dashes dropped, lower case accepted. */
export function normaliseInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

export const isInviteCodeShape = (code: string) => code.length === INVITE_CODE_LENGTH && [...code].every((c) => INVITE_ALPHABET.includes(c))

export function inviteExpiry(createdAt: string): string {
  return toIso(parseTime(createdAt) + INVITE_VALID_DAYS * DAY_MS)
}

/** One invite as stored (`invites`, `_id` = the code). */
export interface Invite {
  id: string
  userId: string
  /** the county of the user, so county staff list their own */
  countyId: string | null
  createdBy: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
  /** the OPENID that used it: a retry of the same bind finishes the binding */
  usedBy: string | null
  /** a newer invite for the same user replaced this one */
  supersededAt: string | null
}

export type InviteStatus = 'unused' | 'used' | 'expired' | 'superseded'

export function inviteStatus(inv: Pick<Invite, 'usedAt' | 'supersededAt' | 'expiresAt'>, now: string): InviteStatus {
  if (inv.usedAt) return 'used'
  if (inv.supersededAt) return 'superseded'
  return parseTime(inv.expiresAt) <= parseTime(now) ? 'expired' : 'unused'
}

/** Wrong codes allowed per OPENID in a window before it is locked out for a window. */
export const BIND_MAX_FAILURES = 5
export const BIND_WINDOW_MS = 60 * 60 * 1000

/** Failed bind attempts of one OPENID: the times of the failures in the last window, and a lock. */
export interface BindAttempts {
  failures: string[]
  lockedUntil: string | null
}

export function isLocked(a: BindAttempts | null, now: string): boolean {
  return !!a?.lockedUntil && parseTime(a.lockedUntil) > parseTime(now)
}

/** The record after one more wrong code: the fifth in an hour locks the OPENID for an hour. */
export function afterFailure(a: BindAttempts | null, now: string): BindAttempts {
  const t = parseTime(now)
  const recent = (a?.failures ?? []).filter((f) => t - parseTime(f) < BIND_WINDOW_MS)
  const failures = [...recent, now]
  const lockedUntil = failures.length >= BIND_MAX_FAILURES ? toIso(t + BIND_WINDOW_MS) : isLocked(a, now) ? a!.lockedUntil : null
  return { failures: lockedUntil ? [] : failures, lockedUntil }
}
