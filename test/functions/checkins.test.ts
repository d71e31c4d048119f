import { expect, test } from 'vitest'
import { seededCloud, ok } from './harness'
import { CONSENT, checkIn, consent } from './care-helpers'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })

const submit = { action: 'submit', health: 'fair', mood: 3, stress: 'medium' }

test('without consent a check-in is refused and nothing is stored', async () => {
  const answer = await cloud.call('checkins', 'o-cadre1', submit)
  expect(answer.error?.code).toBe('CHECKIN.CONSENT_REQUIRED')
  expect((await cloud.db.collection('checkins').count().catch(() => ({ total: 0 }))).total).toBe(0)
  expect(ok(await cloud.call('checkins', 'o-cadre1', { action: 'consentStatus' }))).toMatchObject({ consented: false, version: null, current: CONSENT })
})

test('consent records the text version and the time', async () => {
  cloud.setNow('2026-11-23T08:15:00+08:00')
  const c = ok(await cloud.call('checkins', 'o-cadre1', { action: 'consent', version: CONSENT }))
  expect(c).toEqual({ consented: true, version: CONSENT, at: '2026-11-23T08:15:00.000+08:00', current: CONSENT })
  expect(ok(await cloud.call('checkins', 'o-cadre1', { action: 'consentStatus' }))).toEqual(c)
  expect((await cloud.call('checkins', 'o-cadre1', { action: 'consent', version: 'old-1' })).error?.code).toBe('INPUT.INVALID')
})

test('one check-in per cadre per local date: the second that day replaces the first', async () => {
  await consent(cloud, 'cadre1')
  await checkIn(cloud, 'cadre1', '2026-11-23', { health: 'fair', note: '有点累' })
  cloud.setNow('2026-11-23T21:00:00+08:00')
  ok(await cloud.call('checkins', 'o-cadre1', { ...submit, health: 'good', mood: 5 }))
  const mine = ok(await cloud.call('checkins', 'o-cadre1', { action: 'mine' }))
  expect(mine.items).toHaveLength(1)
  expect(mine.items[0]).toMatchObject({ date: '2026-11-23', health: 'good', mood: 5, note: null, at: '2026-11-23T21:00:00.000+08:00' })
  expect(mine.cursor).toBeNull()
})

test('today answers today’s check-in, or the last answers to prefill the form', async () => {
  await consent(cloud, 'cadre1')
  await checkIn(cloud, 'cadre1', '2026-11-20', { health: 'unwell', mood: 2, stress: 'high' })
  cloud.setNow('2026-11-23T07:00:00+08:00')
  const before = ok(await cloud.call('checkins', 'o-cadre1', { action: 'today' }))
  expect(before).toMatchObject({ date: '2026-11-23', checkin: null, prefill: { health: 'unwell', mood: 2, stress: 'high' } })
  await checkIn(cloud, 'cadre1', '2026-11-23')
  const after = ok(await cloud.call('checkins', 'o-cadre1', { action: 'today' }))
  expect(after.checkin).toMatchObject({ date: '2026-11-23', health: 'good' })
})

test('mine lists only the caller’s own check-ins in a date range; other roles may not', async () => {
  await consent(cloud, 'cadre1')
  await consent(cloud, 'cadre2')
  for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) await checkIn(cloud, 'cadre1', d)
  await checkIn(cloud, 'cadre2', '2026-11-19')
  const range = ok(await cloud.call('checkins', 'o-cadre1', { action: 'mine', from: '2026-11-19', to: '2026-11-20' }))
  expect(range.items.map((c: any) => c.date)).toEqual(['2026-11-20', '2026-11-19'])
  expect(range.items.every((c: any) => c.cadreId === 'cadre1')).toBe(true)
  expect((await cloud.call('checkins', 'o-liaisonB1', { action: 'mine' })).error?.code).toBe('AUTH.FORBIDDEN')
  expect((await cloud.call('checkins', 'o-cadre1', { action: 'mine', cadreId: 'cadre2' })).error?.code).toBe('INPUT.INVALID')
})

test('bad answers are rejected before anything is written', async () => {
  await consent(cloud, 'cadre1')
  const bad = await cloud.call('checkins', 'o-cadre1', { ...submit, mood: 6, stress: 'extreme' })
  expect(bad.error?.code).toBe('INPUT.INVALID')
  expect(Object.keys(bad.error?.fields ?? {})).toEqual(expect.arrayContaining(['mood', 'stress']))
  expect((await cloud.db.collection('checkins').count().catch(() => ({ total: 0 }))).total).toBe(0)
})
