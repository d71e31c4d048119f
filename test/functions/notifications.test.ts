import { expect, test } from 'vitest'
import { CONSENT_VERSION } from '@/core/care-types'
import { seededCloud, ok } from './harness'
import { act, inboxOf, outbox, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday

test('a new request tells its liaison, who sees it in the inbox with an unread badge', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const page = ok(await cloud.call('notifications', `o-${req.assigneeId}`, { action: 'list' }))
  expect(page.cursor).toBeNull()
  expect(page.items).toHaveLength(1)
  expect(page.items[0]).toMatchObject({ userId: req.assigneeId, type: 'request_new', title: '新诉求待签收', requestId: req.id, read: false })
  expect(page.items[0].body).toContain('村集体大棚技术指导')
  expect(page.items[0].body).toContain('11月24日 09:00')
  expect(ok(await cloud.call('notifications', `o-${req.assigneeId}`, { action: 'unreadCount' }))).toEqual({ count: 1 })
  const other = req.assigneeId === 'liaisonA1' ? 'liaisonA2' : 'liaisonA1'
  expect(await inboxOf(cloud, other)).toHaveLength(0)
})

test('nobody can read or mark another user’s notifications', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const [mine] = await inboxOf(cloud, req.assigneeId)
  for (const stranger of ['o-cadre1', 'o-liaisonB1', 'o-sec1', 'o-county1', 'o-admin1']) {
    expect(ok(await cloud.call('notifications', stranger, { action: 'list' })).items.map((n: any) => n.id)).not.toContain(mine._id)
    expect(ok(await cloud.call('notifications', stranger, { action: 'markRead', ids: [mine._id] }))).toEqual({ updated: 0 })
    expect(ok(await cloud.call('notifications', stranger, { action: 'markRead', all: true })).updated).toBeGreaterThanOrEqual(0)
  }
  expect((await inboxOf(cloud, req.assigneeId))[0].read).toBe(false)
  expect((await cloud.call('notifications', 'o-nobody', { action: 'list' })).error?.code).toBe('AUTH.UNBOUND')
  expect(ok(await cloud.call('notifications', `o-${req.assigneeId}`, { action: 'markRead', ids: [mine._id] }))).toEqual({ updated: 1 })
  expect(ok(await cloud.call('notifications', `o-${req.assigneeId}`, { action: 'unreadCount' }))).toEqual({ count: 0 })
})

test('the inbox pages newest first, 20 at a time, and markRead all clears the badge', async () => {
  for (let i = 0; i < 23; i++) {
    cloud.setNow(`2026-11-23T10:${String(i).padStart(2, '0')}:00+08:00`)
    await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'office', title: `办公条件第${i}号` })
  }
  // cadre3's home unit uA has two liaisons; read all of liaisonA1's
  const first = ok(await cloud.call('notifications', 'o-liaisonA1', { action: 'list' }))
  const total = (await inboxOf(cloud, 'liaisonA1')).length
  const rest = first.cursor ? ok(await cloud.call('notifications', 'o-liaisonA1', { action: 'list', cursor: first.cursor })).items : []
  expect(first.items.length + rest.length).toBe(total)
  const times = [...first.items, ...rest].map((n: any) => n.createdAt)
  expect(times).toEqual([...times].sort().reverse())
  const updated = ok(await cloud.call('notifications', 'o-liaisonA1', { action: 'markRead', all: true })).updated
  expect(updated).toBe(total)
  expect(ok(await cloud.call('notifications', 'o-liaisonA1', { action: 'unreadCount' })).count).toBe(0)
})

test('no subscribe credit, no WeChat message; one credit, one message and the credit is spent', async () => {
  await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' }) // → uB, liaisonB1
  expect(await outbox(cloud)).toHaveLength(0)
  expect(ok(await cloud.call('notifications', 'o-liaisonB1', { action: 'grant', templateKey: 'newRequest' }))).toEqual({ templateKey: 'newRequest', credits: 1 })
  await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'lodging' })
  await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'family' })
  const sent = await outbox(cloud)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({ touser: 'o-liaisonB1', templateId: 'newRequest', channel: 'subscribeMessage' })
  expect(sent[0].data.thing1.value).toBe('新诉求待签收')
  expect((await cloud.db.collection('subscribeCredits').where({ _id: 'liaisonB1.newRequest' }).get()).data[0].credits).toBe(0)
  expect(await inboxOf(cloud, 'liaisonB1')).toHaveLength(3) // the inbox always gets it
})

test('each notice spends a credit of its own template: a supervision the overdue one, a care task the careTask one', async () => {
  for (const templateKey of ['overdue', 'careTask']) ok(await cloud.call('notifications', 'o-liaisonB1', { action: 'grant', templateKey }))
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' }) // → uB, liaisonB1; no newRequest credit
  await act(cloud, 'o-sec1', 'supervise', { id: req.id, note: '请尽快办理' })
  ok(await cloud.call('checkins', 'o-cadre1', { action: 'consent', version: CONSENT_VERSION }))
  ok(await cloud.call('checkins', 'o-cadre1', { action: 'submit', health: 'good', mood: 4, stress: 'low', wantsContact: true })) // uB's care task
  const sent = (await outbox(cloud)).map((m) => [m.touser, m.templateId, m.data.thing1.value]).sort()
  expect(sent).toEqual([['o-liaisonB1', 'careTask', '新的关怀任务'], ['o-liaisonB1', 'overdue', '诉求被督办']])
  expect((await inboxOf(cloud, 'liaisonB1')).map((n) => n.type).sort()).toEqual(['care_task', 'request_new', 'request_supervised'])
})

test('credits are counted per user and template, and capped', async () => {
  ok(await cloud.call('notifications', 'o-cadre1', { action: 'grant', templateKey: 'progress', count: 3 }))
  expect(ok(await cloud.call('notifications', 'o-cadre1', { action: 'grant', templateKey: 'progress' })).credits).toBe(4)
  expect(ok(await cloud.call('notifications', 'o-cadre1', { action: 'grant', templateKey: 'overdue' })).credits).toBe(1)
  for (let i = 0; i < 6; i++) ok(await cloud.call('notifications', 'o-cadre3', { action: 'grant', templateKey: 'progress', count: 10 }))
  expect(ok(await cloud.call('notifications', 'o-cadre3', { action: 'grant', templateKey: 'progress' })).credits).toBe(50)
  expect((await cloud.call('notifications', 'o-cadre1', { action: 'grant', templateKey: 'spam' })).error?.code).toBe('INPUT.INVALID')
})

test('info requested and resolved reach the submitter; a reply reaches the liaison', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  await act(cloud, liaison, 'requestInfo', { id: req.id, question: '病害出现多少天了？' })
  expect((await inboxOf(cloud, 'cadre1')).map((n) => n.type)).toEqual(['request_info'])
  // The question itself is in the notice: the cadre knows what to answer before opening anything.
  expect((await inboxOf(cloud, 'cadre1'))[0].body).toContain('请您补充：病害出现多少天了？')
  await act(cloud, 'o-cadre1', 'reply', { id: req.id, text: '大约一周' })
  expect((await inboxOf(cloud, req.assigneeId)).map((n) => n.title)).toContain('干部已补充信息')
  cloud.setNow('2026-11-24T10:00:00+08:00')
  await act(cloud, liaison, 'resolve', { id: req.id, note: '农技站已上门指导' })
  expect((await inboxOf(cloud, 'cadre1'))[0]).toMatchObject({ type: 'request_resolved', title: '诉求已办结', requestId: req.id })
})

test('return, dispatch and transfer tell the secretary and each newly assigned liaison', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' }) // uB
  await act(cloud, 'o-liaisonB1', 'return', { id: req.id, reason: '不属于本单位职责范围' })
  expect((await inboxOf(cloud, 'sec1')).map((n) => n.title)).toEqual(['诉求被退回'])
  expect(await inboxOf(cloud, 'sec2')).toHaveLength(0)
  const dispatched = await act(cloud, 'o-sec1', 'dispatch', { id: req.id, unitId: 'uA' })
  expect((await inboxOf(cloud, dispatched.assigneeId))[0].title).toBe('新诉求待签收')
  await act(cloud, `o-${dispatched.assigneeId}`, 'signFor', { id: req.id })
  await act(cloud, `o-${dispatched.assigneeId}`, 'transfer', { id: req.id, unitId: 'uB', reason: '交通局更熟悉情况' })
  expect((await inboxOf(cloud, 'liaisonB1'))[0].title).toBe('新诉求待签收')
})

test('a request nobody can take, and an urgent health difficulty, alert the township secretary at once', async () => {
  await submit(cloud, 'o-cadre2') // v2's lead unit uC has no liaison
  expect((await inboxOf(cloud, 'sec1')).map((n) => n.title)).toEqual(['新诉求待分派'])
  cloud.setNow('2026-11-23T09:05:00+08:00')
  await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'health', urgency: 'urgent', title: '突发高烧需要就医' })
  const alert = (await inboxOf(cloud, 'sec1'))[0]
  expect(alert).toMatchObject({ title: '紧急就医诉求' })
  expect(alert.body).toContain('突发高烧需要就医')
  expect((await inboxOf(cloud, 'liaisonB1'))[0].title).toBe('新诉求待签收')
  expect(await inboxOf(cloud, 'sec2')).toHaveLength(0)
})

test('supervision reaches the unit’s liaisons; a psych request keeps its title from the secretary', async () => {
  const req = await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'psych', title: '近期压力很大睡不好', urgency: 'urgent' })
  await act(cloud, 'o-sec2', 'supervise', { id: req.id, note: '请尽快联系谈心' })
  for (const liaison of ['liaisonA1', 'liaisonA2']) {
    const told = (await inboxOf(cloud, liaison)).find((n) => n.title === '诉求被督办')
    expect(told?.body).toContain('近期压力很大睡不好') // the assigned unit may read it
  }
  const { db } = cloud
  const all = (await db.collection('notifications').limit(1000).get()).data
  for (const n of all.filter((x: any) => ['sec1', 'sec2', 'county1'].includes(x.userId))) {
    expect(JSON.stringify(n)).not.toContain('睡不好')
  }
})
