import { expect, test, vi } from 'vitest'
import { seededCloud, ok, type Cloud } from './harness'

// Two unbound cadres of 一村, as an import creates them.
const cloud = seededCloud({
  now: '2026-11-23T09:00:00+08:00',
  seed: async (c: Cloud) => {
    await c.db.collection('users').add({ data: { _id: 'newbie', name: '新队员', role: 'cadre', villageId: 'v1', homeUnitId: 'uA', phone: '13900000001', active: true } })
    await c.db.collection('users').add({ data: { _id: 'newbie2', name: '新队员二', role: 'cadre', villageId: 'v1', homeUnitId: 'uA', phone: '13900000002', active: true } })
  },
})

const invite = (userId: string) => cloud.call('admin', 'o-admin1', { action: 'invite', userId })
const bind = (openid: string, code: string) => cloud.call('auth', openid, { action: 'bind', code })
const listed = async () => ok(await cloud.call('admin', 'o-admin1', { action: 'invites' })).items as Array<{ code: string; userId: string; status: string }>

test('concurrent invites for one user leave exactly one live code, and every other code listed is marked dead', async () => {
  const answers = (await Promise.all(Array.from({ length: 6 }, () => invite('newbie')))).map((a) => ok(a))
  const unused = (await listed()).filter((i) => i.status === 'unused')
  expect(unused).toHaveLength(1)
  const live = unused[0].code
  for (const a of answers.filter((a) => a.code !== live)) expect((await bind('wx-other', a.code)).error?.code).toBe('INVITE.INVALID')
  expect((await listed()).filter((i) => i.status === 'unused')).toHaveLength(1)
  expect(ok(await bind('wx-new', live))).toMatchObject({ id: 'newbie' })
})

test('an invite cut off after switching the live code, before marking the old one, lists the old one as superseded', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const first = ok(await invite('newbie'))
  cloud.setNow('2026-11-23T09:01:00+08:00')
  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.kind === 'put' && op.coll === 'invites' && op.doc.supersededAt), async () => {
    expect((await invite('newbie')).error?.code).toBe('INTERNAL')
  })
  const list = await listed()
  expect(list.find((i) => i.code === first.code)?.status).toBe('superseded')
  expect(list.filter((i) => i.status === 'unused')).toHaveLength(1)
  expect((await bind('wx-new', first.code)).error?.code).toBe('INVITE.INVALID')
  vi.restoreAllMocks()
})

test('one OPENID binding two codes at once binds one record; the other code stays usable', async () => {
  const codes = [ok(await invite('newbie')).code, ok(await invite('newbie2')).code]
  const answers = await Promise.all(codes.map((code) => bind('wx-twice', code)))
  const bound = (await cloud.db.collection('users').where({ openid: 'wx-twice' }).get()).data
  expect(bound).toHaveLength(1)
  const won = answers.findIndex((a) => a.ok)
  expect(answers[won].data.id).toBe(bound[0]._id)
  expect(['SYSTEM.BUSY', 'AUTH.ALREADY_BOUND']).toContain(answers[1 - won].error?.code)
  expect((await bind('wx-twice', codes[1 - won])).error?.code).toBe('AUTH.ALREADY_BOUND')
  expect(ok(await bind('wx-other', codes[1 - won])).id).not.toBe(bound[0]._id) // the loser's code was not spent
})

test('a bind lock left by a call that died holds the OPENID for a minute, then gives way', async () => {
  const code = ok(await invite('newbie2')).code
  await cloud.db.collection('bindLocks').add({ data: { _id: 'wx-y', userId: 'newbie', at: '2026-11-23T09:00:00.000+08:00' } })
  expect((await bind('wx-y', code)).error?.code).toBe('SYSTEM.BUSY')
  cloud.setNow('2026-11-23T09:01:01+08:00')
  expect(ok(await bind('wx-y', code)).id).toBe('newbie2')
  expect((await cloud.db.collection('bindLocks').get()).data).toEqual([]) // released when done
})
