// SPEC §11: every side effect happens exactly once even when one write of a call fails (a call that
// dies there, or a refused write). The change and its notices are one write; what the call could
// not finish, the next scheduler run does; nobody is told twice and every care signal gets its task.
import { expect, test } from 'vitest'
import type { WriteOp } from '../../cloudfunctions/_local/db/store'
import { careTasks, checkIn, consent } from './care-helpers'
import { seededCloud } from './harness'
import { act, inboxOf, runScheduler, stored, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00', seed: async (c) => consent(c, 'cadre3') })

const to = (coll: string) => (ops: WriteOp[]) => ops.some((op) => op.coll === coll)
/** The write that clears a request's delivered notices. */
const clearing = (ops: WriteOp[]) => ops.some((op) => op.coll === 'requests' && op.kind === 'put' && op.doc.noticesPending === null)
const told = async (userId: string, requestId: string) => (await inboxOf(cloud, userId)).filter((n) => n.requestId === requestId)
const later = (minutes: number) => cloud.setNow(new Date(Date.parse('2026-11-23T09:00:00+08:00') + minutes * 60_000).toISOString())

test('a submit whose notice was not written: the change stands and the next scheduler run tells the liaison, once', async () => {
  const req = await cloud.withOneWriteFailing(to('notifications'), () => submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' }))
  expect(req.assigneeId).toBe('liaisonB1')
  expect(await told('liaisonB1', req.id)).toHaveLength(0)

  later(2)
  await runScheduler(cloud)
  later(12)
  await runScheduler(cloud)

  expect(await told('liaisonB1', req.id)).toHaveLength(1)
  expect((await stored(cloud, req.id)).noticesPending).toBeNull()
})

test('a command whose notice was not written, and one cut off after telling: each reader told exactly once', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' })
  await act(cloud, 'o-liaisonB1', 'signFor', { id: req.id })
  await cloud.withOneWriteFailing(to('notifications'), () => act(cloud, 'o-liaisonB1', 'requestInfo', { id: req.id, question: '请补充车辆损坏的照片' }))
  await cloud.withOneWriteFailing(clearing, () => act(cloud, 'o-cadre1', 'reply', { id: req.id, text: '照片已补充，请查看' }))
  // the reply's write carried the question's notice along with its own, and delivered both

  later(2)
  await runScheduler(cloud)
  later(12)
  await runScheduler(cloud)

  expect((await told('cadre1', req.id)).map((n) => n.title)).toEqual(['请补充诉求信息'])
  expect((await told('liaisonB1', req.id)).filter((n) => n.title === '干部已补充信息')).toHaveLength(1)
  expect((await stored(cloud, req.id)).noticesPending).toBeNull()
})

test('a scheduler run whose breach notice was not written: the next run tells the secretary, once per breach', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' })
  cloud.setNow('2026-11-25T09:00:00+08:00') // past signForBy (one working day)
  const first = await cloud.withOneWriteFailing(to('notifications'), () => runScheduler(cloud))
  expect(first.supervised).toBe(1)
  expect(await told('sec1', req.id)).toHaveLength(0)

  cloud.setNow('2026-11-25T09:10:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ supervised: 0, noticesDelivered: 1 })
  cloud.setNow('2026-11-25T09:20:00+08:00')
  await runScheduler(cloud)

  expect((await told('sec1', req.id)).map((n) => n.title)).toEqual(['诉求签收超时'])
  expect((await told('liaisonB1', req.id)).filter((n) => n.title === '诉求签收超时')).toHaveLength(1)
})

test('a care signal whose task write failed gets its task and its one notice at the next scheduler run', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-20', { health: 'unwell' })
  cloud.setNow('2026-11-23T08:30:00+08:00')
  const answer = await cloud.withOneWriteFailing(to('careTasks'), () =>
    cloud.call('checkins', 'o-cadre3', { action: 'submit', health: 'unwell', mood: 4, stress: 'low' }),
  )
  expect(answer.ok).toBe(false) // the call died after the lock; the check-in itself is stored
  expect(await careTasks(cloud)).toHaveLength(0)

  await runScheduler(cloud, '2026-11-23T09:00:00+08:00')

  const [task, ...more] = await careTasks(cloud)
  expect(more).toHaveLength(0)
  expect(task).toMatchObject({ cadreId: 'cadre3', status: 'open', reasons: [{ reason: 'unwell' }] })
  expect((await inboxOf(cloud, task.assigneeId)).filter((n) => n.taskId === task._id)).toHaveLength(1)
  // and later signals extend that task instead of finding a lock with no task behind it
  await checkIn(cloud, 'cadre3', '2026-11-24', { health: 'unwell', wantsContact: true })
  expect(await careTasks(cloud)).toHaveLength(1)
  expect((await careTasks(cloud))[0].reasons.map((r: { reason: string }) => r.reason)).toContain('asked')
})

test('a care task closed while unlocking failed: the next signal still opens a new task', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true })
  const [task] = await careTasks(cloud)
  const liaison = `o-${task.assigneeId}`
  const talk = { action: 'record', taskId: task._id, date: '2026-11-23', mode: 'phone', summary: '电话谈心，情况已了解' }
  await cloud.withOneWriteFailing(to('careOpen'), () => cloud.call('care', liaison, talk))
  expect((await careTasks(cloud))[0]).toMatchObject({ status: 'closed' })

  await checkIn(cloud, 'cadre3', '2026-11-24', { wantsContact: true })

  const open = (await careTasks(cloud)).filter((t) => t.status === 'open')
  expect(open).toHaveLength(1)
  expect((await inboxOf(cloud, open[0].assigneeId)).filter((n) => n.taskId === open[0]._id)).toHaveLength(1)
})

test('care notices not written (assigned, then overdue) are delivered by the next runs, once each', async () => {
  await cloud.withOneWriteFailing(to('notifications'), () => checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true }))
  const [task] = await careTasks(cloud)
  expect(task).toBeDefined()
  expect((await inboxOf(cloud, task.assigneeId)).filter((n) => n.taskId === task._id)).toHaveLength(0)

  await runScheduler(cloud, '2026-11-23T09:00:00+08:00')
  expect((await inboxOf(cloud, task.assigneeId)).filter((n) => n.taskId === task._id)).toHaveLength(1)

  // due 2 working days later; past it the secretary is told, even if the first try fails
  await cloud.withOneWriteFailing(to('notifications'), () => runScheduler(cloud, '2026-11-26T09:00:00+08:00'))
  await runScheduler(cloud, '2026-11-26T09:10:00+08:00')
  await runScheduler(cloud, '2026-11-26T09:20:00+08:00')
  expect((await inboxOf(cloud, 'sec2')).filter((n) => n.taskId === task._id)).toHaveLength(1)
  expect((await inboxOf(cloud, task.assigneeId)).filter((n) => n.taskId === task._id)).toHaveLength(1)
})
