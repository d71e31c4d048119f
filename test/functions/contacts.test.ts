import { expect, test } from 'vitest'
import { seededCloud, ok, type Cloud } from './harness'
import { act, submit } from './story'

const PHONES: Record<string, string> = {
  cadre1: '13800000001',
  liaisonA1: '13900000011',
  liaisonA2: '13900000012',
  liaisonB1: '13900000021',
}

async function givePhones(cloud: Cloud) {
  for (const [id, phone] of Object.entries(PHONES)) await cloud.db.collection('users').doc(id).update({ data: { phone } })
}

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00', seed: givePhones })

const contactsOf = async (openid: string, id: string) => ok(await cloud.call('requests', openid, { action: 'get', id })).contacts

test('who sees the submitter, the village and the handling liaison of an ordinary request', async () => {
  const req = await submit(cloud, 'o-cadre1') // support → 农业局 (uA)
  const handler = req.assigneeId as string
  const colleague = handler === 'liaisonA1' ? 'liaisonA2' : 'liaisonA1'
  const submitter = { name: 'cadre1', phone: PHONES.cadre1 }

  expect(await contactsOf('o-cadre1', req.id)).toEqual({ handler: { name: handler, phone: PHONES[handler] } })
  for (const liaison of [handler, colleague]) {
    expect(await contactsOf(`o-${liaison}`, req.id)).toEqual({ submitter, village: '一村', handler: { name: handler } })
  }
  expect(await contactsOf('o-sec1', req.id)).toEqual({ submitter, village: '一村', handler: { name: handler, phone: PHONES[handler] } })
  expect(await contactsOf('o-county1', req.id)).toEqual({ submitter: { name: 'cadre1' }, village: '一村', handler: { name: handler } })

  // Out of scope: the same answer as for a request that does not exist, so no contact leaks.
  for (const openid of ['o-liaisonB1', 'o-sec2', 'o-cadre3', 'o-admin1']) {
    expect((await cloud.call('requests', openid, { action: 'get', id: req.id })).error?.code).toMatch(/REQUEST.NOT_FOUND|AUTH.FORBIDDEN/)
  }
})

test('a psych difficulty shows secretary and county no submitter and no village', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'psych', title: '最近压力很大睡不着' }) // → 交通局 liaisonB1
  const handler = { name: 'liaisonB1', phone: PHONES.liaisonB1 }

  expect(await contactsOf('o-cadre1', req.id)).toEqual({ handler })
  expect(await contactsOf('o-liaisonB1', req.id)).toEqual({
    submitter: { name: 'cadre1', phone: PHONES.cadre1 },
    village: '一村',
    handler: { name: 'liaisonB1' },
  })
  expect(await contactsOf('o-sec1', req.id)).toEqual({ handler })
  expect(await contactsOf('o-county1', req.id)).toEqual({ handler: { name: 'liaisonB1' } })
  const seenBySecretary = JSON.stringify(ok(await cloud.call('requests', 'o-sec1', { action: 'get', id: req.id })))
  expect(seenBySecretary).not.toContain(PHONES.cadre1)
  expect(seenBySecretary).not.toContain('一村')
})

test('a pending request has no handler yet; an action answers with the contacts too', async () => {
  const pending = await submit(cloud, 'o-cadre2') // 无人局: pending dispatch
  expect(await contactsOf('o-cadre2', pending.id)).toEqual({})
  expect((await contactsOf('o-sec1', pending.id)).handler).toBeUndefined()

  const req = await submit(cloud, 'o-cadre1')
  const signed = await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  expect(signed.contacts).toMatchObject({ submitter: { name: 'cadre1', phone: PHONES.cadre1 }, village: '一村' })
})

test('after a transfer the old unit’s answer carries no contacts', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  const moved = await act(cloud, liaison, 'transfer', { id: req.id, unitId: 'uB', reason: '属于交通局职责范围' })
  expect(moved.contacts).toBeUndefined()
})
