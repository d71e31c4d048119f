import { expect, test } from 'vitest'
import { seededCloud, ok } from './harness'
import { act, runScheduler, stored, submit } from './story'
import { stats } from './stats-helpers'

// Every test runs on its own day: the functions cache settings for a minute, so a test moves the
// clock past that minute after changing them, and never reuses another test's minute.
const cloud = seededCloud()
const admin = (payload: Record<string, unknown>) => cloud.call('admin', 'o-admin1', payload)
const set = async (at: string, change: Record<string, unknown>) => {
  cloud.setNow(at)
  return ok(await admin({ action: 'settingsSet', ...change }))
}
const auditOf = async () => ok(await admin({ action: 'audit' })).items

test('defaults: weights 0.1/0.5/0.4, reminder at 75 %, auto-close after 7 days', async () => {
  expect(ok(await admin({ action: 'settings' }))).toEqual({
    weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 }, remindAtShare: 0.75, autoCloseDays: 7,
  })
})

test('bad values are refused with INPUT.INVALID and change nothing', async () => {
  cloud.setNow('2026-11-10T09:00:00+08:00')
  const bad = [
    { weights: { response: 0.2, resolution: 0.5, satisfaction: 0.4 } },
    { weights: { response: -0.1, resolution: 0.7, satisfaction: 0.4 } },
    { weights: { response: 0.5, resolution: 0.5 } },
    { remindAtShare: 0.3 },
    { remindAtShare: 1 },
    { autoCloseDays: 0 },
    { autoCloseDays: 31 },
    { autoCloseDays: 2.5 },
    { autoCloseDays: '7' },
    { colour: 'red' },
  ]
  for (const change of bad) {
    const answer = await admin({ action: 'settingsSet', ...change })
    expect(answer.error?.code, JSON.stringify(change)).toBe('INPUT.INVALID')
  }
  expect(ok(await admin({ action: 'settings' })).remindAtShare).toBe(0.75)
  expect(await auditOf()).toEqual([])
})

test('only the admin reads or changes settings', async () => {
  for (const openid of ['o-county1', 'o-sec1', 'o-liaisonA1', 'o-cadre1']) {
    expect((await cloud.call('admin', openid, { action: 'settingsSet', autoCloseDays: 3 })).error?.code).toBe('AUTH.FORBIDDEN')
    expect((await cloud.call('admin', openid, { action: 'settings' })).error?.code).toBe('AUTH.FORBIDDEN')
  }
  expect(ok(await admin({ action: 'settings' })).autoCloseDays).toBe(7)
})

test('a change is stored whole and audited with before and after', async () => {
  const after = await set('2026-11-11T09:00:00+08:00', { weights: { response: 0.2, resolution: 0.4, satisfaction: 0.4 }, autoCloseDays: 10 })
  expect(after).toEqual({ weights: { response: 0.2, resolution: 0.4, satisfaction: 0.4 }, remindAtShare: 0.75, autoCloseDays: 10 })
  expect(ok(await admin({ action: 'settings' }))).toEqual(after)
  const [entry] = await auditOf()
  expect(entry).toMatchObject({ actorId: 'admin1', action: 'settingsSet', target: 'settings', after })
  expect(entry.before).toMatchObject({ remindAtShare: 0.75, autoCloseDays: 7 })
})

test('new weights change the score stats serves', async () => {
  cloud.setNow('2026-11-04T09:00:00+08:00')
  const req = await submit(cloud, 'o-cadre1')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  await act(cloud, `o-${req.assigneeId}`, 'resolve', { id: req.id, note: '已处理完毕' })
  await act(cloud, 'o-cadre1', 'confirm', { id: req.id, solved: true, satisfaction: 'basic' })
  const score = async () => (await stats(cloud, 'o-county1', 'overview')).figures.score
  expect(await score()).toBeCloseTo(0.1 + 0.5 + 0.4 * 0.9) // response 1, resolution 1, satisfaction 0.9
  await set('2026-11-04T10:00:00+08:00', { weights: { response: 0, resolution: 0, satisfaction: 1 } })
  cloud.setNow('2026-11-04T10:02:00+08:00')
  expect(await score()).toBeCloseTo(0.9)
})

test('a lower reminder threshold reminds earlier', async () => {
  await set('2026-11-16T08:00:00+08:00', { remindAtShare: 0.5 })
  cloud.setNow('2026-11-16T09:00:00+08:00') // Mon: resolveBy Mon 11-23 09:00; half of those 7 days → Thu 11-19 21:00 (75 %: Sat 15:00)
  const req = await submit(cloud, 'o-cadre1')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  cloud.setNow('2026-11-19T20:59:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 0 })
  cloud.setNow('2026-11-19T21:00:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 1 })
})

test('fewer auto-close days close an unrated request earlier', async () => {
  await set('2026-11-02T08:00:00+08:00', { autoCloseDays: 2 })
  cloud.setNow('2026-11-02T09:00:00+08:00')
  const req = await submit(cloud, 'o-cadre1')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  cloud.setNow('2026-11-02T10:00:00+08:00')
  await act(cloud, `o-${req.assigneeId}`, 'resolve', { id: req.id, note: '已处理完毕' })
  cloud.setNow('2026-11-04T09:59:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ autoClosed: 0 })
  cloud.setNow('2026-11-04T10:01:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ autoClosed: 1 })
})

test('lowering the threshold reminds the requests already open earlier too', async () => {
  cloud.setNow('2026-12-07T09:00:00+08:00') // Mon: resolveBy Mon 12-14 09:00; 75 % → Sat 12-12 15:00, 50 % → Thu 12-10 21:00
  const req = await submit(cloud, 'o-cadre1')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  await set('2026-12-08T09:00:00+08:00', { remindAtShare: 0.5 })
  cloud.setNow('2026-12-10T20:59:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 0 })
  cloud.setNow('2026-12-10T21:00:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 1 })
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 0 })
})

test('with a tiny budget the reschedule goes on where the last run stopped', async () => {
  cloud.setNow('2026-12-14T09:00:00+08:00') // Mon: 50 % → Thu 12-17 21:00
  const ids: string[] = []
  for (let i = 0; i < 4; i++) {
    const req = await submit(cloud, 'o-cadre1')
    await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
    ids.push(req.id)
  }
  await set('2026-12-15T09:00:00+08:00', { remindAtShare: 0.5 })
  process.env.SCHEDULER_BUDGET_MS = '1'
  try {
    for (let run = 0; run < 5; run++) {
      cloud.setNow(`2026-12-15T10:0${run}:00+08:00`)
      expect(await runScheduler(cloud)).toMatchObject({ finished: false })
    }
  } finally {
    delete process.env.SCHEDULER_BUDGET_MS
  }
  // each run moved at least one on from where the last stopped: every stored time is the new one
  for (const id of ids) expect((await stored(cloud, id)).escalateAt).toBe('2026-12-17T21:00:00.000+08:00')
  cloud.setNow('2026-12-17T21:00:00+08:00')
  expect(await runScheduler(cloud)).toMatchObject({ reminded: 4 })
})
