import { expect, test } from 'vitest'
import { seededCloud, ok, type Cloud } from './harness'
import { careTasks, checkIn, consent } from './care-helpers'
import { inboxOf, runScheduler } from './story'

const cloud = seededCloud({
  now: '2026-11-16T08:00:00+08:00',
  seed: async (cloud: Cloud) => {
    for (const c of ['cadre1', 'cadre2', 'cadre3']) await consent(cloud, c)
  },
})

// cadre3 is stationed in 三村 (township t2, secretary sec2) and was sent by uA (liaisons A1, A2).

test('unwell on Friday and Monday opens a care task for the home unit’s liaison, due in 2 working days', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-20', { health: 'unwell' })
  expect(await careTasks(cloud)).toHaveLength(0)
  await checkIn(cloud, 'cadre3', '2026-11-23', { health: 'unwell' })
  const [task] = await careTasks(cloud)
  expect(task).toMatchObject({
    cadreId: 'cadre3',
    cadreName: 'cadre3',
    homeUnitId: 'uA',
    townshipId: 't2',
    status: 'open',
    openedAt: '2026-11-23T08:30:00.000+08:00',
    dueBy: '2026-11-25T08:30:00.000+08:00',
    reasons: [{ reason: 'unwell', date: '2026-11-23' }],
  })
  expect(['liaisonA1', 'liaisonA2']).toContain(task.assigneeId)
  const [notice] = await inboxOf(cloud, task.assigneeId)
  expect(notice).toMatchObject({ type: 'care_task', taskId: task._id })
})

test('unwell on Sep 30 and Oct 8, across the National Day holiday, is two days in a row', async () => {
  await checkIn(cloud, 'cadre3', '2026-09-30', { health: 'unwell' })
  await checkIn(cloud, 'cadre3', '2026-10-08', { health: 'unwell' })
  const [task] = await careTasks(cloud)
  expect(task).toMatchObject({ reasons: [{ reason: 'unwell' }], dueBy: '2026-10-10T08:30:00.000+08:00' }) // Sat Oct 10 is a working day
})

test('low mood on three and high stress on three consecutive check-in days, across a weekend', async () => {
  for (const d of ['2026-11-19', '2026-11-20']) await checkIn(cloud, 'cadre3', d, { mood: 2, stress: 'high' })
  expect(await careTasks(cloud)).toHaveLength(0)
  await checkIn(cloud, 'cadre3', '2026-11-23', { mood: 1, stress: 'high' })
  const [task] = await careTasks(cloud)
  expect(task.reasons.map((r: any) => r.reason)).toEqual(['low_mood', 'high_stress'])
})

test('one open task per cadre: later signals add their reasons to it, then a talk closes it and the count starts over', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-20', { health: 'unwell' })
  await checkIn(cloud, 'cadre3', '2026-11-23', { health: 'unwell' })
  await checkIn(cloud, 'cadre3', '2026-11-24', { health: 'unwell', wantsContact: true })
  await checkIn(cloud, 'cadre3', '2026-11-24', { health: 'unwell', wantsContact: true }) // again the same day
  let tasks = await careTasks(cloud)
  expect(tasks).toHaveLength(1)
  expect(tasks[0].reasons.map((r: any) => r.reason)).toEqual(['unwell', 'asked'])

  cloud.setNow('2026-11-24T15:00:00+08:00')
  const liaison = `o-${tasks[0].assigneeId}`
  ok(await cloud.call('care', liaison, { action: 'record', taskId: tasks[0]._id, date: '2026-11-24', mode: 'phone', summary: '电话谈心，已安排就医' }))
  await checkIn(cloud, 'cadre3', '2026-11-25', { health: 'unwell' }) // one unwell day since the talk: no signal
  expect((await careTasks(cloud)).filter((t) => t.status === 'open')).toHaveLength(0)
  await checkIn(cloud, 'cadre3', '2026-11-26', { health: 'unwell' })
  tasks = await careTasks(cloud)
  expect(tasks.filter((t) => t.status === 'open')).toHaveLength(1)
  expect(tasks).toHaveLength(2)
})

test('the next task goes to the liaison with fewer open care tasks', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true })
  await cloud.db.collection('users').add({ data: { _id: 'cadre4', openid: 'o-cadre4', name: 'cadre4', role: 'cadre', villageId: 'v3', homeUnitId: 'uA', active: true } })
  await consent(cloud, 'cadre4')
  await checkIn(cloud, 'cadre4', '2026-11-23', { wantsContact: true })
  const [a, b] = await careTasks(cloud)
  expect(new Set([a.assigneeId, b.assigneeId])).toEqual(new Set(['liaisonA1', 'liaisonA2']))
})

test('a home unit without liaisons: the task is open with nobody assigned and the township secretary is told', async () => {
  await checkIn(cloud, 'cadre2', '2026-11-23', { wantsContact: true })
  const [task] = await careTasks(cloud)
  expect(task).toMatchObject({ homeUnitId: 'uC', assigneeId: null, townshipId: 't1' })
  expect(await inboxOf(cloud, 'sec1')).toHaveLength(1)
})

test('missed: the timer finds 3 working days without a check-in, on working days only, once per streak', async () => {
  cloud.setNow('2026-09-28T08:00:00+08:00')
  await consent(cloud, 'cadre3')
  await checkIn(cloud, 'cadre3', '2026-09-29')
  for (const d of ['2026-09-30', '2026-10-01', '2026-10-05', '2026-10-08', '2026-10-09']) await runScheduler(cloud, `${d}T09:00:00+08:00`)
  expect((await careTasks(cloud)).filter((t) => t.cadreId === 'cadre3')).toHaveLength(0)
  await runScheduler(cloud, '2026-10-10T09:00:00+08:00') // Saturday make-up working day: Sep 30, Oct 8, Oct 9 missed
  await runScheduler(cloud, '2026-10-10T09:10:00+08:00')
  await runScheduler(cloud, '2026-10-12T09:00:00+08:00')
  const mine = (await careTasks(cloud)).filter((t) => t.cadreId === 'cadre3')
  expect(mine).toHaveLength(1)
  expect(mine[0].reasons).toEqual([expect.objectContaining({ reason: 'missed', date: '2026-10-10' })])
})

test('missed is not looked for on a day off', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-17')
  await runScheduler(cloud, '2026-11-21T09:00:00+08:00') // Saturday: Wed, Thu, Fri missed, but no run on a day off
  await runScheduler(cloud, '2026-11-22T09:00:00+08:00')
  expect((await careTasks(cloud)).filter((t) => t.cadreId === 'cadre3')).toHaveLength(0)
  await runScheduler(cloud, '2026-11-23T09:00:00+08:00')
  expect((await careTasks(cloud)).filter((t) => t.cadreId === 'cadre3')).toHaveLength(1)
})

test('an overdue task notifies the township secretary once', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-20', { wantsContact: true }) // due Tue 11-24 08:30
  await runScheduler(cloud, '2026-11-24T08:20:00+08:00')
  expect((await inboxOf(cloud, 'sec2')).map((n) => n.title + n.body)).toEqual([])
  await runScheduler(cloud, '2026-11-24T08:40:00+08:00')
  await runScheduler(cloud, '2026-11-24T08:50:00+08:00')
  const told = await inboxOf(cloud, 'sec2')
  expect(told).toHaveLength(1)
  expect(told[0]).toMatchObject({ type: 'care_task', title: '关怀任务已超期' })
  // sec1's township has cadres who missed check-ins, but no overdue task of its own
  expect((await inboxOf(cloud, 'sec1')).filter((n) => n.title === '关怀任务已超期')).toHaveLength(0)
})

test('record: only the liaison working the task, once, with a date between opening and today', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-23', { wantsContact: true })
  const [task] = await careTasks(cloud)
  const other = task.assigneeId === 'liaisonA1' ? 'liaisonA2' : 'liaisonA1'
  const talk = { action: 'record', taskId: task._id, date: '2026-11-23', mode: 'in_person', summary: '到村里当面谈心' }
  expect((await cloud.call('care', `o-${other}`, talk)).error?.code).toBe('AUTH.FORBIDDEN')
  expect((await cloud.call('care', 'o-liaisonB1', talk)).error?.code).toBe('CARE.NOT_FOUND')
  expect((await cloud.call('care', `o-${task.assigneeId}`, { ...talk, date: '2026-11-24' })).error?.code).toBe('INPUT.INVALID')
  const closed = ok(await cloud.call('care', `o-${task.assigneeId}`, talk))
  expect(closed).toMatchObject({ status: 'closed', talk: { mode: 'in_person', summary: '到村里当面谈心' } })
  expect((await cloud.call('care', `o-${task.assigneeId}`, talk)).error?.code).toBe('CARE.BAD_STATE')
})

test('health file: the cadre keeps it, a liaison of the home unit reads it, reminders come once per condition', async () => {
  cloud.setNow('2026-11-23T10:00:00+08:00')
  const file = ok(await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', lastExamDate: '2025-10-01', leaveEntitled: 10, leaveTaken: 3, insuranceUntil: '2026-12-10' }))
  expect(file).toMatchObject({ cadreId: 'cadre3', leaveYear: 2026, leaveEntitled: 10, leaveTaken: 3 })
  expect(ok(await cloud.call('care', 'o-liaisonA2', { action: 'healthFile', cadreId: 'cadre3' }))).toMatchObject({ lastExamDate: '2025-10-01' })
  expect((await cloud.call('care', 'o-liaisonB1', { action: 'healthFile', cadreId: 'cadre3' })).error?.code).toBe('CARE.NOT_FOUND')
  expect((await cloud.call('care', 'o-cadre1', { action: 'healthFile', cadreId: 'cadre3' })).error?.code).toBe('AUTH.FORBIDDEN')
  expect((await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', leaveTaken: 11 })).error?.code).toBe('INPUT.INVALID')

  await runScheduler(cloud, '2026-11-23T10:10:00+08:00')
  await runScheduler(cloud, '2026-11-24T10:10:00+08:00')
  const notices = await inboxOf(cloud, 'cadre3')
  expect(notices.map((n) => n.title).sort()).toEqual(['体检提醒', '意外险到期提醒'])
  // a new exam date clears the exam reminder; a new insurance date far ahead too
  ok(await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', lastExamDate: '2026-11-20', insuranceUntil: '2027-12-10' }))
  await runScheduler(cloud, '2026-11-25T10:10:00+08:00')
  expect(await inboxOf(cloud, 'cadre3')).toHaveLength(2)
})

test('summary gives counts only: check-in rate over the last 5 working days, open tasks by reason', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-20', { health: 'unwell' })
  await checkIn(cloud, 'cadre3', '2026-11-23', { health: 'unwell' })
  await checkIn(cloud, 'cadre1', '2026-11-23')
  const sec2 = ok(await cloud.call('care', 'o-sec2', { action: 'summary' }))
  expect(sec2).toMatchObject({ scope: { type: 'township', id: 't2' }, cadres: 1, checkins: 2, checkinRate: 0.4, openTasks: 1, overdueTasks: 0 })
  expect(sec2.workdays).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'])
  expect(sec2.openByReason).toMatchObject({ unwell: 1, asked: 0 })
  const county = ok(await cloud.call('care', 'o-county1', { action: 'summary' }))
  expect(county).toMatchObject({ scope: { type: 'county', id: 'c1' }, cadres: 3, checkins: 3, checkinRate: 0.2, openTasks: 1 })
  expect((await cloud.call('care', 'o-liaisonA1', { action: 'summary' })).error?.code).toBe('AUTH.FORBIDDEN')
})
