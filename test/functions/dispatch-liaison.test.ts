import { expect, test } from 'vitest'
import { seededCloud, ok } from './harness'
import { act, snapshot, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday

// 无人局 (uC) has no liaison: routing for village 二村 (v2) fails on it.
test('a final dispatch to a unit with no active liaison is refused and changes nothing', async () => {
  const req = await submit(cloud, 'o-cadre2')
  expect(req).toMatchObject({ status: 'pending_dispatch', assignedUnitId: null })
  const before = await snapshot(cloud)
  const answer = await cloud.call('requests', 'o-sec1', { action: 'dispatch', id: req.id, unitId: 'uC' })
  expect(answer.error).toMatchObject({ code: 'DISPATCH.NO_LIAISON', fields: { unitId: expect.any(String) } })
  expect(await snapshot(cloud)).toEqual(before)

  const placed = await act(cloud, 'o-sec1', 'dispatch', { id: req.id, unitId: 'uA' })
  expect(placed).toMatchObject({ status: 'assigned', assignedUnitId: 'uA' })
})

test('a unit whose only liaison was deactivated counts as having none', async () => {
  const req = await submit(cloud, 'o-cadre2')
  await cloud.db.collection('users').doc('liaisonB1').update({ data: { active: false } })
  const answer = await cloud.call('requests', 'o-sec1', { action: 'dispatch', id: req.id, unitId: 'uB' })
  expect(answer.error?.code).toBe('DISPATCH.NO_LIAISON')
  expect((await cloud.db.collection('requests').doc(req.id).get()).data.status).toBe('pending_dispatch')
})

test('a transfer to a unit with no active liaison is refused and changes nothing', async () => {
  const req = await submit(cloud, 'o-cadre1') // support → 农业局 (uA)
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  const before = await snapshot(cloud)
  const answer = await cloud.call('requests', liaison, { action: 'transfer', id: req.id, unitId: 'uC', reason: '不属于本单位职责' })
  expect(answer.error?.code).toBe('DISPATCH.NO_LIAISON')
  expect(await snapshot(cloud)).toEqual(before)
  const moved = ok(await cloud.call('requests', liaison, { action: 'transfer', id: req.id, unitId: 'uB', reason: '不属于本单位职责' }))
  expect(moved).toMatchObject({ status: 'assigned', assignedUnitId: 'uB', assigneeId: 'liaisonB1' })
})

test('who may not dispatch hears that, not which units have liaisons', async () => {
  const req = await submit(cloud, 'o-cadre2')
  for (const unitId of ['uC', 'uA']) {
    expect((await cloud.call('requests', 'o-county1', { action: 'dispatch', id: req.id, unitId })).error?.code).toBe('AUTH.FORBIDDEN')
  }
  const placed = await act(cloud, 'o-sec1', 'dispatch', { id: req.id, unitId: 'uA' })
  expect((await cloud.call('requests', 'o-sec1', { action: 'dispatch', id: placed.id, unitId: 'uC' })).error?.code).toBe('REQUEST.BAD_STATE')
})
