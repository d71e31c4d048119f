import { expect, test } from 'vitest'
import { careTasks, checkIn, consent } from './care-helpers'
import { seededCloud, ok } from './harness'
import { runScheduler, stored, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
const deactivate = (userId: string, openid = 'o-admin1') => cloud.call('admin', openid, { action: 'deactivate', userId })

/** cadre3's home unit uA has two liaisons: three difficulties and a care task land on them. */
async function workForUnitA() {
  const ids: string[] = []
  for (let i = 0; i < 3; i++) ids.push((await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'transport' })).id)
  await consent(cloud, 'cadre3')
  await checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true })
  return ids
}

test('a deactivated liaison’s open requests and care task go to the other liaison, with a timeline event', async () => {
  const ids = await workForUnitA()
  const ofA1: string[] = []
  for (const id of ids) if ((await stored(cloud, id)).assigneeId === 'liaisonA1') ofA1.push(id)
  const task = (await careTasks(cloud))[0]
  expect(ofA1.length).toBeGreaterThan(0)

  ok(await cloud.call('requests', 'o-liaisonA1', { action: 'signFor', id: ofA1[0] })) // one is being worked on already
  const moved = ok(await deactivate('liaisonA1'))
  expect(moved.requests).toBe(ofA1.length)
  for (const id of ofA1) {
    const req = await stored(cloud, id)
    expect(req).toMatchObject({ status: id === ofA1[0] ? 'in_progress' : 'assigned', assignedUnitId: 'uA', assigneeId: 'liaisonA2' })
    expect(req.events.at(-1)).toMatchObject({ type: 'handover', actorId: 'admin1', from: 'liaisonA1', to: 'liaisonA2' })
  }
  const after = (await careTasks(cloud)).find((t) => t._id === task._id)
  expect(after.assigneeId).toBe('liaisonA2')
  if (task.assigneeId === 'liaisonA1') expect(after.events.at(-1)).toMatchObject({ type: 'handover', from: 'liaisonA1', to: 'liaisonA2' })
  // the liaison who takes the work over hears of each request and of the care task
  const told = ok(await cloud.call('notifications', 'o-liaisonA2', { action: 'list' })).items.map((n: { requestId?: string; taskId?: string }) => n.requestId ?? n.taskId)
  for (const id of ofA1) expect(told).toContain(id)
  const notes = ok(await cloud.call('notifications', 'o-liaisonA2', { action: 'list' })).items as { requestId?: string; title: string }[]
  expect(notes.find((n) => n.requestId === ofA1[0])?.title).toBe('诉求转由您承办') // not "待签收": it was signed for
  if (task.assigneeId === 'liaisonA1') expect(told).toContain(task._id)

  expect((await cloud.call('auth', 'o-liaisonA1', { action: 'whoami' })).error?.code).toBe('AUTH.INACTIVE')
  expect((await cloud.call('requests', 'o-liaisonA1', { action: 'list', box: 'unit' })).error?.code).toBe('AUTH.INACTIVE')
  const audit = ok(await cloud.call('admin', 'o-admin1', { action: 'audit' })).items
  expect(audit[0]).toMatchObject({ action: 'deactivate', target: 'liaisonA1', actorId: 'admin1' })

  // again: nothing more moves, nothing more is audited
  expect(ok(await deactivate('liaisonA1'))).toMatchObject({ requests: 0, careTasks: 0 })
  expect(ok(await cloud.call('admin', 'o-admin1', { action: 'audit' })).items).toHaveLength(audit.length)
})

test('with no active liaison left, requests go back to dispatch and the care task is unassigned', async () => {
  const ids = await workForUnitA()
  ok(await deactivate('liaisonA1'))
  ok(await deactivate('liaisonA2'))
  for (const id of ids) {
    const req = await stored(cloud, id)
    expect(req).toMatchObject({ status: 'pending_dispatch', assigneeId: null, assignedUnitId: null })
    expect(req.events.at(-1)).toMatchObject({ type: 'handover', from: 'liaisonA2', to: null })
  }
  expect((await careTasks(cloud))[0].assigneeId).toBeNull()
  const toldSecretary = ok(await cloud.call('notifications', 'o-sec2', { action: 'list' })).items.map((n: { requestId?: string; taskId?: string }) => n.requestId ?? n.taskId)
  for (const id of [...ids, (await careTasks(cloud))[0]._id]) expect(toldSecretary).toContain(id)
  // the township secretary now sees them to dispatch
  const box = ok(await cloud.call('requests', 'o-sec2', { action: 'list', box: 'township', status: 'pending_dispatch' }))
  expect(box.items.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort())
})

test('a handover cut off half-way is finished by the scheduler', async () => {
  const ids = await workForUnitA()
  // what a call that died right after marking the user leaves behind
  await cloud.db.collection('users').where({ _id: 'liaisonA1' }).update({ data: { active: false, handoverPending: true, deactivatedAt: '2026-11-23T09:00:00.000+08:00' } })
  expect((await cloud.call('auth', 'o-liaisonA1', { action: 'whoami' })).error?.code).toBe('AUTH.INACTIVE')
  await runScheduler(cloud)
  for (const id of ids) expect((await stored(cloud, id)).assigneeId).toBe('liaisonA2')
  expect((await cloud.db.collection('users').where({ _id: 'liaisonA1' }).get()).data[0].handoverPending).toBeUndefined()
})

test('only the admin deactivates, never themself, and only a known user', async () => {
  for (const openid of ['o-county1', 'o-sec1', 'o-liaisonA2', 'o-cadre1']) expect((await deactivate('liaisonA1', openid)).error?.code).toBe('AUTH.FORBIDDEN')
  expect((await deactivate('admin1')).error?.code).toBe('INPUT.INVALID')
  expect((await deactivate('nobody')).error?.code).toBe('INPUT.INVALID')
  expect((await cloud.db.collection('users').where({ _id: 'liaisonA1' }).get()).data[0].active).toBe(true)
})
