// The phone's outbox may send a reply or a rating again after the first one went through but its
// answer was lost; the same clientActionId must then change nothing.
import { expect, test } from 'vitest'
import { ok, seededCloud } from './harness'
import { act, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })

test('a reply resent with its clientActionId is stored once, even after the liaison asked again', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  await act(cloud, liaison, 'requestInfo', { id: req.id, question: '请补充大棚面积' })
  const reply = { action: 'reply', id: req.id, text: '约三亩', clientActionId: 'reply-key-0001' }
  expect(ok(await cloud.call('requests', 'o-cadre1', reply)).status).toBe('in_progress')
  await act(cloud, liaison, 'requestInfo', { id: req.id, question: '病害从何时开始？' })
  const again = ok(await cloud.call('requests', 'o-cadre1', reply))
  expect(again.status).toBe('awaiting_submitter')
  expect(again.events.filter((e: { type: string }) => e.type === 'reply')).toHaveLength(1)
})

test('a rating resent after the request was reopened and resolved again does not rate it twice', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  await act(cloud, liaison, 'resolve', { id: req.id, note: '已电话沟通处理' })
  const rating = { action: 'confirm', id: req.id, solved: false, satisfaction: 'unsatisfied', clientActionId: 'rate-key-0001' }
  expect(ok(await cloud.call('requests', 'o-cadre1', rating)).reopenCount).toBe(1)
  await act(cloud, liaison, 'resolve', { id: req.id, note: '已派专家上门处理' })
  const again = ok(await cloud.call('requests', 'o-cadre1', rating))
  expect(again).toMatchObject({ status: 'resolved', reopenCount: 1 })
})

test('another user cannot use someone else’s key to skip a check, and a bad key is refused', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const bad = await cloud.call('requests', 'o-cadre1', { action: 'reply', id: req.id, text: '好', clientActionId: 'x' })
  expect(bad.error?.code).toBe('INPUT.INVALID')
  const stranger = await cloud.call('requests', 'o-cadre3', { action: 'reply', id: req.id, text: '好', clientActionId: 'reply-key-0002' })
  expect(stranger.ok).toBe(false)
})
