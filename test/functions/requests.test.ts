import { expect, test } from 'vitest'
import { seededCloud, ok } from './harness'
import { snapshot, submit, submitEvent } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday

test('whoami answers the bound user and AUTH.UNBOUND for an unknown, AUTH.INACTIVE for a deactivated WeChat user', async () => {
  const me = ok(await cloud.call('auth', 'o-cadre1', { action: 'whoami' }))
  expect(me).toMatchObject({ id: 'cadre1', role: 'cadre', villageId: 'v1' })
  expect((await cloud.call('auth', 'o-stranger', { action: 'whoami' })).error?.code).toBe('AUTH.UNBOUND')
  expect((await cloud.call('auth', 'o-gone', { action: 'whoami' })).error?.code).toBe('AUTH.INACTIVE')
})

test('a support request goes to the lead unit of the village, with working-day deadlines', async () => {
  const req = await submit(cloud, 'o-cadre1')
  expect(req).toMatchObject({ status: 'assigned', assignedUnitId: 'uA', townshipId: 't1', villageId: 'v1' })
  expect(['liaisonA1', 'liaisonA2']).toContain(req.assigneeId)
  expect(req.no).toMatch(/^QB20261123-\d{5}$/)
  expect(req.dispatchedAt).toBe('2026-11-23T09:00:00.000+08:00')
  expect(req.signForBy).toBe('2026-11-24T09:00:00.000+08:00')
  expect(req.resolveBy).toBe('2026-11-30T09:00:00.000+08:00')
})

test('a difficulty goes to the cadre’s home unit; the next one to the less loaded liaison', async () => {
  const first = await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'transport' })
  expect(first.assignedUnitId).toBe('uA')
  const second = await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'lodging' })
  expect(second.assigneeId).not.toBe(first.assigneeId)
})

test('a unit without an active liaison leaves the request pending dispatch', async () => {
  const req = await submit(cloud, 'o-cadre2')
  expect(req).toMatchObject({ status: 'pending_dispatch', assigneeId: null, dispatchedAt: null })
})

test('the same clientRequestId, even concurrently, stores one request', async () => {
  const event = submitEvent()
  const answers = await Promise.all(Array.from({ length: 6 }, () => cloud.call('requests', 'o-cadre1', event)))
  const ids = new Set(answers.map((a) => ok(a).id))
  expect(ids.size).toBe(1)
  expect((await cloud.db.collection('requests').count()).total).toBe(1)
})

test('sign for, resolve and a satisfied confirmation close the request, each step on the timeline', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  cloud.setNow('2026-11-23T15:00:00+08:00')
  const signed = ok(await cloud.call('requests', liaison, { action: 'signFor', id: req.id }))
  expect(signed).toMatchObject({ status: 'in_progress', signedAt: '2026-11-23T15:00:00.000+08:00' })
  const resolved = ok(await cloud.call('requests', liaison, { action: 'resolve', id: req.id, note: '已安排农技站专家上门指导' }))
  expect(resolved.status).toBe('resolved')
  const closed = ok(await cloud.call('requests', 'o-cadre1', { action: 'confirm', id: req.id, solved: true, satisfaction: 'satisfied' }))
  expect(closed.status).toBe('closed')
  expect(closed.rating).toMatchObject({ solved: true, satisfaction: 'satisfied' })
  const types = closed.events.map((e: { type: string }) => e.type)
  expect(types[0]).toBe('submit')
  expect(types).toEqual(expect.arrayContaining(['signFor', 'resolve', 'confirm']))
  expect(ok(await cloud.call('requests', 'o-cadre1', { action: 'get', id: req.id })).status).toBe('closed')
})

test('an unsatisfied confirmation sends the request back to the same unit', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  ok(await cloud.call('requests', liaison, { action: 'signFor', id: req.id }))
  ok(await cloud.call('requests', liaison, { action: 'resolve', id: req.id, note: '已电话沟通处理' }))
  const reopened = ok(await cloud.call('requests', 'o-cadre1', { action: 'confirm', id: req.id, solved: false, satisfaction: 'unsatisfied' }))
  expect(reopened).toMatchObject({ status: 'in_progress', assignedUnitId: 'uA', reopenCount: 1 })
})

test('two liaisons signing for one request at once: exactly one wins', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const answers = await Promise.all([
    cloud.call('requests', 'o-liaisonA1', { action: 'signFor', id: req.id }),
    cloud.call('requests', 'o-liaisonA2', { action: 'signFor', id: req.id }),
  ])
  expect(answers.filter((a) => a.ok)).toHaveLength(1)
  expect(answers.find((a) => !a.ok)?.error?.code).toBe('REQUEST.BAD_STATE')
})

test('nobody outside the request’s unit, township or submitter can read or change it', async () => {
  const req = await submit(cloud, 'o-cadre1')
  for (const outsider of ['o-cadre3', 'o-liaisonB1', 'o-sec2', 'o-admin1']) {
    expect((await cloud.call('requests', outsider, { action: 'get', id: req.id })).error?.code).toBe('REQUEST.NOT_FOUND')
    expect((await cloud.call('requests', outsider, { action: 'signFor', id: req.id })).error?.code).toBe('REQUEST.NOT_FOUND')
  }
  expect(ok(await cloud.call('requests', 'o-sec1', { action: 'get', id: req.id })).id).toBe(req.id)
  expect(ok(await cloud.call('requests', 'o-county1', { action: 'get', id: req.id })).id).toBe(req.id)
  expect((await cloud.call('requests', 'o-cadre1', { action: 'signFor', id: req.id })).error?.code).toBe('AUTH.FORBIDDEN')
})

test('lists are scoped by role, paged 20 at a time with a cursor that ends in null', async () => {
  for (let i = 0; i < 23; i++) {
    cloud.setNow(`2026-11-23T09:${String(i).padStart(2, '0')}:00+08:00`)
    await submit(cloud, 'o-cadre1', { title: `测试诉求第${i}号` })
  }
  await submit(cloud, 'o-cadre3')
  const first = ok(await cloud.call('requests', 'o-cadre1', { action: 'list', box: 'mine' }))
  expect(first.items).toHaveLength(20)
  expect(first.items[0].title).toBe('测试诉求第22号')
  const second = ok(await cloud.call('requests', 'o-cadre1', { action: 'list', box: 'mine', cursor: first.cursor }))
  expect(second.items.map((r: { title: string }) => r.title)).toEqual(['测试诉求第2号', '测试诉求第1号', '测试诉求第0号'])
  expect(second.cursor).toBeNull()
  const unit = ok(await cloud.call('requests', 'o-liaisonA1', { action: 'list', box: 'unit' }))
  expect(unit.items.every((r: { assignedUnitId: string }) => r.assignedUnitId === 'uA')).toBe(true)
  expect((await cloud.call('requests', 'o-cadre1', { action: 'list', box: 'unit' })).error?.code).toBe('AUTH.FORBIDDEN')
  const west = ok(await cloud.call('requests', 'o-sec2', { action: 'list', box: 'township' }))
  expect(west.items.map((r: { submitterId: string }) => r.submitterId)).toEqual(['cadre3'])
})

test('a psychological difficulty is confidential to the submitter and the assigned unit', async () => {
  const req = await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'psych', title: '近期压力很大睡不好' })
  expect(ok(await cloud.call('requests', `o-${req.assigneeId}`, { action: 'get', id: req.id })).title).toBe('近期压力很大睡不好')
  const seen = ok(await cloud.call('requests', 'o-sec2', { action: 'get', id: req.id }))
  expect(seen.title).not.toContain('压力')
  expect(seen.description).toBe('')
  expect(seen.status).toBe('assigned')
  const listed = ok(await cloud.call('requests', 'o-county1', { action: 'list', box: 'county' }))
  expect(JSON.stringify(listed)).not.toContain('睡不好')
})

test('bad input is INPUT.INVALID and writes nothing', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const before = await snapshot(cloud, ['requests', 'counters', 'users'])
  const bad: Array<[string, string, Record<string, unknown>]> = [
    ['requests', 'o-cadre1', submitEvent({ title: '短' })],
    ['requests', 'o-cadre1', submitEvent({ kind: 'support', category: 'psych' })],
    ['requests', 'o-cadre1', submitEvent({ urgency: 'asap' })],
    ['requests', 'o-cadre1', submitEvent({ attachments: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })],
    ['requests', 'o-cadre1', submitEvent({ extra: 1 })],
    ['requests', 'o-cadre1', { action: 'get' }],
    ['requests', 'o-cadre1', { action: 'list', box: 'everything' }],
    ['requests', 'o-cadre1', { action: 'list', box: 'mine', cursor: 'not-a-cursor' }],
    ['requests', `o-${req.assigneeId}`, { action: 'signFor', id: 42 }],
    ['requests', `o-${req.assigneeId}`, { action: 'resolve', id: req.id, note: '短' }],
    ['requests', 'o-cadre1', { action: 'confirm', id: req.id, solved: 'yes', satisfaction: 'satisfied' }],
    ['requests', 'o-cadre1', { action: 'confirm', id: req.id, solved: true, satisfaction: 'great' }],
    ['auth', 'o-cadre1', { action: 'whoami', as: 'admin1' }],
  ]
  for (const [fn, openid, event] of bad) {
    const answer = await cloud.call(fn, openid, event)
    expect(answer.ok, JSON.stringify(event)).toBe(false)
    expect(answer.error?.code, JSON.stringify(event)).toBe('INPUT.INVALID')
  }
  expect((await cloud.call('requests', 'o-cadre1', { action: 'explode' })).error?.code).toBe('ACTION.UNKNOWN')
  expect((await cloud.call('requests', 'o-cadre1', 'not an object' as never)).error?.code).toBe('INPUT.INVALID')
  expect(await snapshot(cloud, ['requests', 'counters', 'users'])).toEqual(before)
})

test('the scheduler closes a request resolved 7 days ago without a rating, once', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  ok(await cloud.call('requests', liaison, { action: 'signFor', id: req.id }))
  ok(await cloud.call('requests', liaison, { action: 'resolve', id: req.id, note: '已协调农技站解决' }))
  cloud.setNow('2026-11-30T08:59:00+08:00')
  expect(ok(await cloud.call('scheduler', '', {})).autoClosed).toBe(0)
  cloud.setNow('2026-11-30T09:01:00+08:00')
  expect(ok(await cloud.call('scheduler', '', {})).autoClosed).toBe(1)
  expect(ok(await cloud.call('scheduler', '', {})).autoClosed).toBe(0)
  const closed = ok(await cloud.call('requests', 'o-cadre1', { action: 'get', id: req.id }))
  expect(closed).toMatchObject({ status: 'closed', rating: null })
  expect(closed.events.at(-1)).toMatchObject({ type: 'close', reason: 'unrated', actorId: 'system' })
})
