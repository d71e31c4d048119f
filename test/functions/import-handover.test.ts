// SPEC §7.1: an import that moves a liaison to another unit or role hands their open work on the
// way a deactivation does, exactly once even when the apply is cut off and resumed.
import { expect, test, vi } from 'vitest'
import { careTasks, checkIn, consent } from './care-helpers'
import { seededCloud, ok, type Cloud } from './harness'
import { uploadCsv } from './import-helpers'
import { inboxOf, runScheduler, stored, submit } from './story'

const cloud = seededCloud({
  now: '2026-11-23T09:00:00+08:00',
  seed: async (c: Cloud) => {
    for (const [id, phone] of [['liaisonA1', '13800000001'], ['liaisonA2', '13800000002']]) {
      await c.db.collection('users').doc(id).update({ data: { phone, countyId: 'c1' } })
    }
  },
})
const apply = (rows: string[][]) => cloud.call('admin', 'o-admin1', { action: 'importApply', fileID: uploadCsv('人员', rows) })
const A1_TO_UB = ['liaisonA1', '13800000001', '联络员', '', '', 'uB', '', '', '是']
const A2_TO_ADMIN = ['liaisonA2', '13800000002', '管理员', '', '', '', '', '', '是']

/** cadre3's home unit uA: three difficulties on its two liaisons, and a care task on liaisonA1. */
async function workOfUnitA(): Promise<{ ofA1: string[]; all: string[]; taskId: string }> {
  const all: string[] = []
  for (let i = 0; i < 3; i++) all.push((await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'transport' })).id)
  await consent(cloud, 'cadre3')
  await checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true })
  const taskId = (await careTasks(cloud))[0]._id
  await cloud.db.collection('careTasks').doc(taskId).update({ data: { assigneeId: 'liaisonA1' } })
  cloud.setNow('2026-11-23T09:30:00+08:00')
  const ofA1: string[] = []
  for (const id of all) if ((await stored(cloud, id)).assigneeId === 'liaisonA1') ofA1.push(id)
  expect(ofA1.length).toBeGreaterThan(0)
  ok(await cloud.call('requests', 'o-liaisonA1', { action: 'signFor', id: ofA1[0] }))
  return { ofA1, all, taskId }
}

const handovers = (doc: Record<string, any>) => (doc.events as { type: string }[]).filter((e) => e.type === 'handover')

test('a liaison the import moves to another unit hands the old unit’s open work to its other liaison', async () => {
  const { ofA1, taskId } = await workOfUnitA()
  ok(await apply([A1_TO_UB]))
  expect((await cloud.db.collection('users').doc('liaisonA1').get()).data).toMatchObject({ unitId: 'uB', active: true })
  for (const id of ofA1) {
    const req = await stored(cloud, id)
    expect(req).toMatchObject({ assignedUnitId: 'uA', assigneeId: 'liaisonA2', status: id === ofA1[0] ? 'in_progress' : 'assigned' })
    expect(req.events.at(-1)).toMatchObject({ type: 'handover', actorId: 'admin1', from: 'liaisonA1', to: 'liaisonA2' })
  }
  const task = (await careTasks(cloud)).find((t) => t._id === taskId)
  expect(task).toMatchObject({ assigneeId: 'liaisonA2' })
  expect(task.events.at(-1)).toMatchObject({ type: 'handover', from: 'liaisonA1', to: 'liaisonA2' })
  const told = (await inboxOf(cloud, 'liaisonA2')).map((n) => n.requestId ?? n.taskId)
  for (const id of [...ofA1, taskId]) expect(told).toContain(id)
  // in uB now, liaisonA1 sees none of uA's work
  expect(ok(await cloud.call('requests', 'o-liaisonA1', { action: 'list', box: 'unit' })).items).toEqual([])

  // the same file again: nothing moves again
  expect(ok(await apply([A1_TO_UB])).written).toBe(0)
  for (const id of ofA1) expect(handovers(await stored(cloud, id))).toHaveLength(1)
})

test('the check says whose open work an apply would hand on, and how much; nobody with none', async () => {
  const { ofA1, all } = await workOfUnitA()
  const check = async () => ok(await cloud.call('admin', 'o-admin1', { action: 'importCheck', fileID: uploadCsv('人员', [A1_TO_UB]) }))
  const ofA2: string[] = []
  for (const id of all) if ((await stored(cloud, id)).assigneeId === 'liaisonA2') ofA2.push(id)
  expect(ofA2.length).toBeGreaterThan(0)

  const before = await check()
  expect(before.handovers).toContainEqual(expect.objectContaining({ id: 'liaisonA1', role: 'liaison', why: 'moved', requests: ofA1.length, careTasks: 1 }))
  // not in this file: listed for the tick that would deactivate them
  expect(before.handovers).toContainEqual(expect.objectContaining({ id: 'liaisonA2', why: 'missing', requests: ofA2.length, careTasks: 0 }))
  for (const h of before.handovers) expect(h.requests + h.careTasks).toBeGreaterThan(0)

  ok(await apply([A1_TO_UB]))
  expect((await check()).handovers.map((h: { id: string }) => h.id)).not.toContain('liaisonA1')
})

test('when the import leaves the unit no liaison (one moved, one made admin), its work goes back to dispatch', async () => {
  const { all, taskId } = await workOfUnitA()
  ok(await apply([A1_TO_UB, A2_TO_ADMIN]))
  for (const id of all) expect(await stored(cloud, id)).toMatchObject({ status: 'pending_dispatch', assigneeId: null, assignedUnitId: null })
  expect((await careTasks(cloud)).find((t) => t._id === taskId).assigneeId).toBeNull()
  const box = ok(await cloud.call('requests', 'o-sec2', { action: 'list', box: 'township', status: 'pending_dispatch' }))
  expect(box.items.map((r: { id: string }) => r.id).sort()).toEqual([...all].sort())
})

test.each([['requests', 1], ['requests', 2], ['requests', 3], ['requests', 4], ['careTasks', 1]])('an apply cut off at its %s write no. %i is finished by the scheduler, each piece handed over once', async (coll, n) => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const { ofA1, taskId } = await workOfUnitA()
  let writes = 0
  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.coll === coll) && ++writes === n, async () => {
    const answer = await apply([A1_TO_UB])
    expect(answer.ok || answer.error?.code === 'INTERNAL').toBe(true)
  })
  vi.restoreAllMocks()
  await runScheduler(cloud)
  cloud.setNow('2026-11-23T09:40:00+08:00') // past the minute after which the scheduler delivers what a cut-off call left
  await runScheduler(cloud)
  for (const id of ofA1) {
    const req = await stored(cloud, id)
    expect(req.assigneeId).toBe('liaisonA2')
    expect(handovers(req)).toHaveLength(1)
  }
  expect(handovers((await careTasks(cloud)).find((t) => t._id === taskId))).toHaveLength(1)
  const told = (await inboxOf(cloud, 'liaisonA2')).map((n) => n.requestId ?? n.taskId)
  for (const id of [...ofA1, taskId]) expect(told.filter((x) => x === id)).toHaveLength(1)
})
