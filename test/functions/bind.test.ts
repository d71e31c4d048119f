import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { pathOfFileId } from '../../cloudfunctions/_local/storage'
import { INVITE_ALPHABET } from '@/core/invites'
import { seededCloud, ok, type Cloud } from './harness'

// `newbie`: a cadre of 一村 the import created without an OPENID, and without countyId (derived).
const cloud = seededCloud({
  now: '2026-11-23T09:00:00+08:00',
  seed: async (c: Cloud) => {
    await c.db.collection('users').add({ data: { _id: 'newbie', name: '新队员', role: 'cadre', villageId: 'v1', homeUnitId: 'uA', phone: '13900000001', active: true } })
    await c.db.collection('regions').add({ data: { _id: 'c2', name: '邻县', level: 'county', parentId: null } })
    await c.db.collection('units').add({ data: { _id: 'uX', name: '邻县局', countyId: 'c2' } })
    await c.db.collection('users').add({ data: { _id: 'farLiaison', name: '外县联络员', role: 'liaison', unitId: 'uX', active: true } })
    await c.db.collection('users').add({ data: { _id: 'farCounty', openid: 'o-farCounty', name: '外县组织部', role: 'county', countyId: 'c2', active: true } })
  },
})

const invite = async (userId = 'newbie', by = 'o-admin1') => ok(await cloud.call('admin', by, { action: 'invite', userId }))
const bind = (openid: string, code: string) => cloud.call('auth', openid, { action: 'bind', code })
const whoami = (openid: string) => cloud.call('auth', openid, { action: 'whoami' })
const codeOf = (answer: { error?: { code: string } }) => answer.error?.code

test('an unbound OPENID binds with a valid code; whoami then answers its record', async () => {
  expect(codeOf(await whoami('wx-new'))).toBe('AUTH.UNBOUND')
  const inv = await invite()
  expect(inv).toMatchObject({ userId: 'newbie', status: 'unused', expiresAt: '2026-12-07T09:00:00.000+08:00' })
  expect(inv.text).toContain(inv.code)
  expect(inv.qrUrl).toMatch(/^\/__cloud\/file\//)
  const png = readFileSync(pathOfFileId(decodeURIComponent(inv.qrUrl.slice('/__cloud/file/'.length).split('?')[0]))!)
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a') // the local stand-in's QR image
  expect(ok(await bind('wx-new', inv.code.toLowerCase()))).toMatchObject({ id: 'newbie', name: '新队员' })
  expect(ok(await whoami('wx-new'))).toMatchObject({ id: 'newbie', role: 'cadre' })
  const entries = ok(await cloud.call('admin', 'o-admin1', { action: 'audit' })).items
  expect(entries).toEqual(expect.arrayContaining([
    expect.objectContaining({ action: 'invite', target: 'newbie', actorId: 'admin1' }),
    expect.objectContaining({ action: 'bind', target: 'newbie', actorId: 'newbie' }),
  ]))
})

test('codes are 8 characters with no 0 O 1 I L, and differ', async () => {
  const codes = new Set<string>()
  for (let i = 0; i < 40; i++) codes.add((await invite()).code)
  expect(codes.size).toBe(40)
  for (const code of codes) {
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    expect(code).not.toMatch(/[01OIL]/)
  }
  expect(INVITE_ALPHABET).not.toMatch(/[01OIL]/)
})

test('used, expired, unknown and superseded codes, and an OPENID bound already, each answer their code', async () => {
  const first = await invite()
  ok(await bind('wx-a', first.code))
  expect(codeOf(await bind('wx-b', first.code))).toBe('INVITE.USED')
  expect(codeOf(await bind('o-cadre1', first.code))).toBe('AUTH.ALREADY_BOUND')
  expect(codeOf(await bind('wx-b', 'ABCDEFGH'))).toBe('INVITE.INVALID')

  ok(await cloud.call('admin', 'o-admin1', { action: 'unbind', userId: 'newbie' }))
  cloud.setNow('2026-11-23T09:01:00+08:00')
  const old = await invite()
  cloud.setNow('2026-11-23T09:02:00+08:00')
  const current = await invite()
  expect(codeOf(await bind('wx-b', old.code))).toBe('INVITE.INVALID')
  const list = ok(await cloud.call('admin', 'o-admin1', { action: 'invites' })).items
  expect(list.map((i: { code: string; status: string }) => [i.code, i.status])).toEqual([
    [current.code, 'unused'], [old.code, 'superseded'], [first.code, 'used'],
  ])
  cloud.setNow('2026-12-07T09:02:00+08:00') // 14 days later
  expect(codeOf(await bind('wx-b', current.code))).toBe('INVITE.EXPIRED')
  expect(ok(await cloud.call('admin', 'o-admin1', { action: 'invites' })).items[0].status).toBe('expired')
})

test('the sixth wrong code in an hour is refused even when right; an hour later it works', async () => {
  const inv = await invite()
  for (let i = 0; i < 5; i++) expect(codeOf(await bind('wx-guess', `WRONG${i}`))).toBe('INVITE.INVALID')
  expect(codeOf(await bind('wx-guess', inv.code))).toBe('AUTH.TOO_MANY_ATTEMPTS')
  expect(codeOf(await bind('wx-other', 'ABCDEFGH'))).toBe('INVITE.INVALID') // another OPENID is not locked
  cloud.setNow('2026-11-23T10:00:30+08:00')
  expect(ok(await bind('wx-guess', inv.code))).toMatchObject({ id: 'newbie' })
})

test('wrong codes spread over more than an hour do not lock', async () => {
  for (let i = 0; i < 4; i++) expect(codeOf(await bind('wx-slow', 'ZZZZZZZZ'))).toBe('INVITE.INVALID')
  cloud.setNow('2026-11-23T10:00:01+08:00')
  for (let i = 0; i < 4; i++) expect(codeOf(await bind('wx-slow', 'ZZZZZZZZ'))).toBe('INVITE.INVALID')
})

test('concurrent binds of one code: exactly one wins', async () => {
  const inv = await invite()
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => bind(`wx-race-${i}`, inv.code)))
  expect(answers.filter((a) => a.ok)).toHaveLength(1)
  expect(answers.filter((a) => !a.ok).map(codeOf)).toEqual(Array(5).fill('INVITE.USED'))
  const bound = (await cloud.db.collection('users').where({ _id: 'newbie' }).get()).data[0]
  const winner = answers.findIndex((a) => a.ok)
  expect(bound.openid).toBe(`wx-race-${winner}`)
})

test('unbind makes the old OPENID unbound; a new invite binds a new phone', async () => {
  ok(await bind('wx-old', (await invite()).code))
  ok(await cloud.call('admin', 'o-county1', { action: 'unbind', userId: 'newbie' }))
  expect(codeOf(await whoami('wx-old'))).toBe('AUTH.UNBOUND')
  const old = (await cloud.db.collection('invites').where({ userId: 'newbie' }).get()).data[0]._id
  expect(codeOf(await bind('wx-old', old))).toBe('INVITE.INVALID') // the lost phone cannot come back with its used code
  ok(await bind('wx-phone2', (await invite('newbie', 'o-county1')).code))
  expect(ok(await whoami('wx-phone2')).id).toBe('newbie')
  const actions = ok(await cloud.call('admin', 'o-admin1', { action: 'audit' })).items.map((e: { action: string }) => e.action)
  expect(actions.sort()).toEqual(['bind', 'bind', 'invite', 'invite', 'unbind'])
})

test('county staff invite and unbind only in their county; other roles not at all', async () => {
  expect(codeOf(await cloud.call('admin', 'o-farCounty', { action: 'invite', userId: 'newbie' }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('admin', 'o-farCounty', { action: 'unbind', userId: 'cadre1' }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('admin', 'o-county1', { action: 'invite', userId: 'farLiaison' }))).toBe('AUTH.FORBIDDEN')
  // county staff never rebind an admin or a fellow county staff member: that would hand over their rights
  await cloud.db.collection('users').add({ data: { _id: 'county2', openid: 'o-county2', name: '县组织部二', role: 'county', countyId: 'c1', active: true } })
  await cloud.db.collection('users').doc('admin1').update({ data: { countyId: 'c1' } })
  await cloud.db.collection('users').add({ data: { _id: 'county3', name: '县组织部三', role: 'county', countyId: 'c1', active: true } })
  for (const userId of ['county2', 'admin1']) expect(codeOf(await cloud.call('admin', 'o-county1', { action: 'unbind', userId }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('admin', 'o-county1', { action: 'invite', userId: 'county3' }))).toBe('AUTH.FORBIDDEN')
  expect(ok(await whoami('o-county2')).id).toBe('county2')
  expect(ok(await cloud.call('admin', 'o-farCounty', { action: 'invite', userId: 'farLiaison' })).status).toBe('unused')
  for (const openid of ['o-cadre1', 'o-liaisonA1', 'o-sec1']) {
    for (const action of ['invite', 'unbind']) expect(codeOf(await cloud.call('admin', openid, { action, userId: 'newbie' }))).toBe('AUTH.FORBIDDEN')
    expect(codeOf(await cloud.call('admin', openid, { action: 'users' }))).toBe('AUTH.FORBIDDEN')
    expect(codeOf(await cloud.call('admin', openid, { action: 'invites' }))).toBe('AUTH.FORBIDDEN')
  }
  expect((await cloud.db.collection('invites').where({ userId: 'newbie' }).get()).data).toEqual([])
  expect(ok(await whoami('o-cadre1')).id).toBe('cadre1') // the refused unbind changed nothing
  const farList = ok(await cloud.call('admin', 'o-farCounty', { action: 'invites' })).items
  expect(farList.map((i: { userId: string }) => i.userId)).toEqual(['farLiaison'])
  expect(ok(await cloud.call('admin', 'o-county1', { action: 'invites' })).items).toEqual([])
})

test('users: search by name prefix or mobile, filter by role and active; no OPENID in the answer', async () => {
  const list = (filter: Record<string, unknown>) => cloud.call('admin', 'o-admin1', { action: 'users', filter })
  expect(ok(await list({ q: '新' })).items.map((u: { id: string }) => u.id)).toEqual(['newbie'])
  expect(ok(await list({ q: '139000' })).items).toMatchObject([{ id: 'newbie', bound: false, placeName: '一村' }])
  const liaisons = ok(await list({ role: 'liaison' })).items
  expect(liaisons.map((u: { id: string }) => u.id).sort()).toEqual(['farLiaison', 'liaisonA1', 'liaisonA2', 'liaisonB1'])
  expect(liaisons.find((u: { id: string }) => u.id === 'liaisonA1')).toMatchObject({ bound: true, placeName: '农业局' })
  expect(ok(await list({ active: false })).items.map((u: { id: string }) => u.id)).toEqual(['gone'])
  expect(JSON.stringify(ok(await list({})))).not.toMatch(/openid|o-cadre1/)
  // county staff: the users carrying their countyId
  const theirs = ok(await cloud.call('admin', 'o-farCounty', { action: 'users' })).items.map((u: { id: string }) => u.id)
  expect(theirs).toEqual(['farCounty'])
  expect(codeOf(await list({ q: 'x'.repeat(21) }))).toBe('INPUT.INVALID')
})

test('the users list pages 20 at a time', async () => {
  for (let i = 0; i < 25; i++) await cloud.db.collection('users').add({ data: { _id: `bulk${i}`, name: `批量${String(i).padStart(2, '0')}`, role: 'cadre', active: true } })
  const first = ok(await cloud.call('admin', 'o-admin1', { action: 'users', filter: { q: '批量' } }))
  expect(first.items).toHaveLength(20)
  const second = ok(await cloud.call('admin', 'o-admin1', { action: 'users', filter: { q: '批量' }, cursor: first.cursor }))
  expect(second.items.map((u: { name: string }) => u.name)).toEqual(['批量20', '批量21', '批量22', '批量23', '批量24'])
  expect(second.cursor).toBeNull()
})
