import { expect, test } from 'vitest'
import { seededCloud } from './harness'
import { act, inboxOf, runScheduler, snapshot, stored, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday

const titles = async (userId: string) => (await inboxOf(cloud, userId)).map((n) => n.title)

/** Runs the scheduler at a time; a second run at the same time must change nothing at all. */
async function runAt(iso: string) {
  cloud.setNow(iso)
  const report = await runScheduler(cloud)
  const after = await snapshot(cloud)
  expect(await runScheduler(cloud)).toEqual({ reminded: 0, supervised: 0, countyLevel: 0, autoClosed: 0, rollupsSettled: 0, noticesDelivered: 0, finished: true })
  expect(await snapshot(cloud)).toEqual(after)
  return report
}

test('an unsigned request: at signForBy it is supervised and the township secretary told, once', async () => {
  const req = await submit(cloud, 'o-cadre1') // signForBy Tue 09:00
  expect(await runAt('2026-11-24T08:59:59+08:00')).toMatchObject({ supervised: 0 })
  expect((await stored(cloud, req.id)).supervision).toBe(0)
  expect(await runAt('2026-11-24T09:00:00+08:00')).toMatchObject({ supervised: 1 })
  const after = await stored(cloud, req.id)
  expect(after).toMatchObject({ supervision: 1, escalations: { breachedSignFor: '2026-11-24T09:00:00.000+08:00' } })
  expect(after.events.at(-1)).toMatchObject({ type: 'supervise', level: 1, actorId: 'system' })
  expect(await titles('sec1')).toEqual(['诉求签收超时'])
  expect(await titles(req.assigneeId)).toContain('诉求签收超时')
  expect(await titles('sec2')).toEqual([])
  expect(await runAt('2026-11-24T12:00:00+08:00')).toMatchObject({ supervised: 0 })
  expect(await titles('sec1')).toEqual(['诉求签收超时'])
})

test('75 % of the time gone: one 催办 to the liaison; at resolveBy the secretary; 3 working days later the county', async () => {
  const req = await submit(cloud, 'o-cadre1') // resolveBy Mon 11-30 09:00; 75 % of 7 days → Sat 11-28 15:00
  const liaison = req.assigneeId
  await act(cloud, `o-${liaison}`, 'signFor', { id: req.id })
  expect(await runAt('2026-11-28T14:59:00+08:00')).toMatchObject({ reminded: 0 })
  expect(await runAt('2026-11-28T15:00:00+08:00')).toMatchObject({ reminded: 1 })
  expect(await titles(liaison)).toContain('诉求催办提醒')
  expect(await runAt('2026-11-29T10:00:00+08:00')).toMatchObject({ reminded: 0, supervised: 0 })
  expect(await runAt('2026-11-30T09:00:00+08:00')).toMatchObject({ supervised: 1, countyLevel: 0 })
  expect((await titles('sec1'))[0]).toBe('诉求办理超期')
  expect((await stored(cloud, req.id)).supervision).toBe(1)
  // resolveBy + 3 working days = Thu 12-03 09:00
  expect(await runAt('2026-12-03T08:59:00+08:00')).toMatchObject({ countyLevel: 0 })
  expect(await runAt('2026-12-03T09:00:00+08:00')).toMatchObject({ countyLevel: 1 })
  expect((await stored(cloud, req.id)).supervision).toBe(2)
  expect(await titles('county1')).toEqual(['诉求升级县级督办'])
  expect(await runAt('2026-12-20T09:00:00+08:00')).toMatchObject({ supervised: 0, countyLevel: 0 })
  expect((await inboxOf(cloud, liaison)).filter((n) => n.title === '诉求催办提醒')).toHaveLength(1)
})

test('across the 2026 National Day holiday the deadlines wait for working days', async () => {
  cloud.setNow('2026-09-30T10:00:00+08:00') // Wed; Oct 1–7 off, Sat Oct 10 works
  const req = await submit(cloud, 'o-cadre1')
  expect(req).toMatchObject({ signForBy: '2026-10-08T10:00:00.000+08:00', resolveBy: '2026-10-13T10:00:00.000+08:00' })
  expect(await runAt('2026-10-07T23:59:00+08:00')).toMatchObject({ supervised: 0, reminded: 0 })
  expect(await runAt('2026-10-08T10:00:00+08:00')).toMatchObject({ supervised: 1 })
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  expect(await runAt('2026-10-13T10:00:00+08:00')).toMatchObject({ supervised: 1 })
  // + 3 working days: Wed 14, Thu 15, Fri 16
  expect(await runAt('2026-10-16T09:59:00+08:00')).toMatchObject({ countyLevel: 0 })
  expect(await runAt('2026-10-16T10:00:00+08:00')).toMatchObject({ countyLevel: 1 })
})

test('an urgent request must be signed for within 2 hours', async () => {
  const req = await submit(cloud, 'o-cadre1', { urgency: 'urgent' })
  expect(await runAt('2026-11-23T10:59:00+08:00')).toMatchObject({ supervised: 0 })
  expect(await runAt('2026-11-23T11:00:00+08:00')).toMatchObject({ supervised: 1 })
  expect((await stored(cloud, req.id)).supervision).toBe(1)
})

test('while waiting for the submitter nothing breaches; the moved deadline breaches later, once', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  cloud.setNow('2026-11-25T09:00:00+08:00')
  await act(cloud, liaison, 'requestInfo', { id: req.id, question: '需要哪一类技术？' })
  expect(await runAt('2026-12-10T09:00:00+08:00')).toEqual({ reminded: 0, supervised: 0, countyLevel: 0, autoClosed: 0, rollupsSettled: 0, noticesDelivered: 0, finished: true })
  cloud.setNow('2026-11-27T09:00:00+08:00') // waited 2 days: resolveBy 11-30 → 12-02 09:00
  const replied = await act(cloud, 'o-cadre1', 'reply', { id: req.id, text: '蔬菜病虫害防治' })
  expect(replied.resolveBy).toBe('2026-12-02T09:00:00.000+08:00')
  expect(await runAt('2026-12-02T08:59:00+08:00')).toMatchObject({ supervised: 0 })
  expect(await runAt('2026-12-02T09:00:00+08:00')).toMatchObject({ supervised: 1 })
})

test('an approved extension is a new deadline in force: it can be reminded and breached again', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  expect(await runAt('2026-11-30T09:00:00+08:00')).toMatchObject({ supervised: 1 })
  await act(cloud, liaison, 'requestExtension', { id: req.id, days: 2, reason: '需要等待物资到位' })
  const extended = await act(cloud, 'o-sec1', 'decideExtension', { id: req.id, approve: true })
  expect(extended.resolveBy).toBe('2026-12-02T09:00:00.000+08:00')
  expect(await runAt('2026-12-02T09:00:00+08:00')).toMatchObject({ supervised: 1 })
  expect((await inboxOf(cloud, 'sec1')).filter((n) => n.title === '诉求办理超期')).toHaveLength(2)
})

test('two transfers or two reopens raise county supervision at the next run, once', async () => {
  const req = await submit(cloud, 'o-cadre1') // uA
  let liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  await act(cloud, liaison, 'transfer', { id: req.id, unitId: 'uB', reason: '交通局更熟悉情况' })
  await act(cloud, 'o-liaisonB1', 'signFor', { id: req.id })
  expect(await runAt('2026-11-23T10:00:00+08:00')).toMatchObject({ countyLevel: 0 })
  const back = await act(cloud, 'o-liaisonB1', 'transfer', { id: req.id, unitId: 'uA', reason: '仍由农业局牵头办理' })
  expect(await runAt('2026-11-23T10:10:00+08:00')).toMatchObject({ countyLevel: 1 })
  expect(await titles('county1')).toEqual(['诉求升级县级督办'])
  expect((await inboxOf(cloud, 'county1'))[0].body).toContain('已转派2次')
  liaison = `o-${back.assigneeId}`

  const other = await submit(cloud, 'o-cadre3', { kind: 'difficulty', category: 'office' })
  const l2 = `o-${other.assigneeId}`
  await act(cloud, l2, 'signFor', { id: other.id })
  for (let i = 0; i < 2; i++) {
    await act(cloud, l2, 'resolve', { id: other.id, note: '已协调解决办公条件' })
    await act(cloud, 'o-cadre3', 'confirm', { id: other.id, solved: false, satisfaction: 'unsatisfied' })
  }
  expect(await runAt('2026-11-23T10:20:00+08:00')).toMatchObject({ countyLevel: 1 })
  expect((await stored(cloud, other.id)).supervision).toBe(2)
})

test('the scheduler reads only the requests it acts on; a second run reads none', async () => {
  for (let i = 0; i < 12; i++) {
    const r = await submit(cloud, 'o-cadre1')
    const l = `o-${r.assigneeId}`
    await act(cloud, l, 'signFor', { id: r.id })
    if (i < 10) {
      await act(cloud, l, 'resolve', { id: r.id, note: '已经处理完毕了' })
      await act(cloud, 'o-cadre1', 'confirm', { id: r.id, solved: true, satisfaction: 'satisfied' })
    }
  }
  cloud.setNow('2026-11-28T15:00:00+08:00')
  cloud.local.dbStats.reset()
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 2 })
  expect(cloud.local.dbStats.get().requests.returned).toBe(2)
  cloud.local.dbStats.reset()
  await runScheduler(cloud)
  expect(cloud.local.dbStats.get().requests?.returned ?? 0).toBe(0)
})
