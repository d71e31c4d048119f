import { expect, test } from 'vitest'
import { afterFailure, INVITE_ALPHABET, inviteCodeFrom, inviteStatus, isLocked, normaliseInviteCode } from '@/core/invites'

test('the alphabet has 31 symbols and none of 0 O 1 I L', () => {
  expect(INVITE_ALPHABET).toHaveLength(31)
  expect(new Set(INVITE_ALPHABET).size).toBe(31)
  expect(INVITE_ALPHABET).not.toMatch(/[01OIL]/)
})

test('bytes at or above 248 are skipped (no modulo bias); too few usable bytes give null', () => {
  expect(inviteCodeFrom(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('23456789')
  expect(inviteCodeFrom(Uint8Array.from([255, 248, 30, 31, 247, 0, 1, 2, 3, 4, 5]))).toBe('Z2Z23456')
  expect(inviteCodeFrom(Uint8Array.from([250, 0, 1, 2, 3, 4, 5, 6]))).toBeNull()
})

test('what a user types is normalised: case, spaces and dashes', () => {
  expect(normaliseInviteCode(' ab cd-2345 ')).toBe('ABCD2345')
})

test('status: used wins over expiry; superseded; expired exactly at expiresAt', () => {
  const inv = { usedAt: null, supersededAt: null, expiresAt: '2026-12-07T09:00:00.000+08:00' }
  expect(inviteStatus(inv, '2026-12-07T08:59:59.999+08:00')).toBe('unused')
  expect(inviteStatus(inv, '2026-12-07T09:00:00.000+08:00')).toBe('expired')
  expect(inviteStatus({ ...inv, usedAt: '2026-11-30T09:00:00.000+08:00' }, '2027-01-01T00:00:00.000+08:00')).toBe('used')
  expect(inviteStatus({ ...inv, supersededAt: '2026-11-30T09:00:00.000+08:00' }, '2026-12-01T00:00:00.000+08:00')).toBe('superseded')
})

test('the fifth wrong code within an hour locks for an hour; older failures fall out of the window', () => {
  let a = null as ReturnType<typeof afterFailure> | null
  for (const m of ['00', '10', '20', '30']) a = afterFailure(a, `2026-11-23T09:${m}:00.000+08:00`)
  expect(isLocked(a, '2026-11-23T09:30:00.000+08:00')).toBe(false)
  const slow = afterFailure(a, '2026-11-23T10:00:00.000+08:00') // the 09:00 failure is an hour old
  expect(isLocked(slow, '2026-11-23T10:00:00.000+08:00')).toBe(false)
  const locked = afterFailure(a, '2026-11-23T09:59:00.000+08:00')
  expect(locked.lockedUntil).toBe('2026-11-23T10:59:00.000+08:00')
  expect(isLocked(locked, '2026-11-23T10:58:59.000+08:00')).toBe(true)
  expect(isLocked(locked, '2026-11-23T10:59:00.000+08:00')).toBe(false)
})
