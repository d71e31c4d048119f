// Input edges through the deployed bundles (issue 11): impossible dates and invisible-only texts
// are INPUT.INVALID on their field, and nothing is stored.
import { expect, test } from 'vitest'
import { careTasks, checkIn, consent } from './care-helpers'
import { ok, seededCloud, type Cloud } from './harness'

const cloud = seededCloud({
  now: '2026-11-16T08:00:00+08:00',
  seed: async (c: Cloud) => {
    await consent(c, 'cadre3')
  },
})

const IMPOSSIBLE = ['2026-12-45', '2026-02-30', '2026-13-01']

test('care.record refuses an impossible talk date and leaves the task open', async () => {
  await checkIn(cloud, 'cadre3', '2026-11-16', { wantsContact: true })
  const [task] = await careTasks(cloud)
  expect(task.status).toBe('open')
  cloud.setNow('2026-12-20T10:00:00+08:00')
  // between the opening and today as text, so only a real-date check can catch them
  for (const date of ['2026-11-31', '2026-11-45', '2026-12-00']) {
    const answer = await cloud.call('care', `o-${task.assigneeId}`, { action: 'record', taskId: task._id, date, mode: 'phone', summary: '电话谈心，已安排就医' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { date: expect.any(String) } } })
  }
  expect((await careTasks(cloud)).map((t) => t.status)).toEqual(['open'])
})

test('the health file refuses impossible dates and keeps what it had', async () => {
  ok(await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', lastExamDate: '2026-03-01', insuranceUntil: '2026-12-31' }))
  for (const date of IMPOSSIBLE) {
    for (const field of ['lastExamDate', 'insuranceUntil']) {
      const answer = await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', [field]: date })
      expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { [field]: expect.any(String) } } })
    }
  }
  expect(ok(await cloud.call('care', 'o-cadre3', { action: 'healthFile' }))).toMatchObject({ lastExamDate: '2026-03-01', insuranceUntil: '2026-12-31' })
})

test('a title of zero-width spaces is blank: refused on the title, no request stored', async () => {
  const base = { action: 'submit', kind: 'support', category: 'tech', description: '', urgency: 'normal' }
  for (const [i, title] of ['\u200B'.repeat(5), '\uFEFF\u200B\u200C\u200D\u2060', '\u3000\u3000\u200B\u3000\u3000'].entries()) {
    const answer = await cloud.call('requests', 'o-cadre1', { ...base, clientRequestId: `blank-title-${i}`, title })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { title: expect.any(String) } } })
  }
  expect(ok(await cloud.call('requests', 'o-cadre1', { action: 'list', box: 'mine' })).items).toHaveLength(0)
})
