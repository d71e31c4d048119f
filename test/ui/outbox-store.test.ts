// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import { CloudError } from '@/services/call'
import { createOutbox, type OutboxInput } from '@/services/outbox/outbox-store'
import { memoryStorage } from './builders'

/** A fake cloud: offline until `online = true`; records what arrived; `refuse` answers a code. */
function fakeCloud() {
  const cloud = {
    online: false,
    refuse: new Map<string, string>(),
    arrived: [] as string[],
    timers: [] as Array<() => void>,
    t: 1_000_000,
    send: async (_fn: string, _action: string, payload: Record<string, unknown>) => {
      await Promise.resolve()
      if (!cloud.online) throw new CloudError('NETWORK.FAILED', 'offline')
      const key = String(payload.key)
      const code = cloud.refuse.get(key)
      if (code) throw new CloudError(code)
      cloud.arrived.push(key)
      return { id: `req-${key}` }
    },
  }
  return cloud
}

function outboxOn(cloud: ReturnType<typeof fakeCloud>, storage = memoryStorage()) {
  let n = 0
  return createOutbox({
    deliver: cloud.send,
    storage,
    now: () => cloud.t,
    schedule: (_ms, fn) => (cloud.timers.push(fn), () => {}),
    newId: () => `item-${++n}-${cloud.t}`,
  })
}

const input = (key: string, kind: OutboxInput['kind'] = 'request'): OutboxInput => ({
  kind, key, fn: 'requests', action: 'submit', payload: { key }, title: `诉求 ${key}`,
})

test('offline submissions wait in order and each arrives once when the network returns', async () => {
  const cloud = fakeCloud()
  const box = outboxOn(cloud)
  expect(await box.getState().send(input('a'))).toEqual({ state: 'queued' })
  expect(await box.getState().send(input('b'))).toEqual({ state: 'queued' })
  expect(box.getState().items.map((i) => i.state)).toEqual(['pending', 'pending'])
  cloud.online = true
  await Promise.all([box.getState().flush(true), box.getState().flush(true), box.getState().flush()])
  expect(cloud.arrived).toEqual(['a', 'b'])
  expect(box.getState().items.map((i) => [i.state, i.resultId])).toEqual([['sent', 'req-a'], ['sent', 'req-b']])
  await box.getState().flush(true)
  expect(cloud.arrived).toEqual(['a', 'b'])
})

test('what is queued survives a restart, and a send cut off mid-way is sent again with its key', async () => {
  const cloud = fakeCloud()
  const storage = memoryStorage()
  const first = outboxOn(cloud, storage)
  await first.getState().send(input('a'))
  // the app dies while an item is in flight
  storage.setItem('qb-outbox', JSON.stringify({ state: { items: [{ ...first.getState().items[0], state: 'sending' }] }, version: 0 }))
  const restarted = outboxOn(cloud, storage)
  expect(restarted.getState().items.map((i) => [i.key, i.state])).toEqual([['a', 'pending']])
  cloud.online = true
  await restarted.getState().flush(true)
  expect(cloud.arrived).toEqual(['a'])
})

test('the retry timer sends after the backoff, not before', async () => {
  const cloud = fakeCloud()
  const box = outboxOn(cloud)
  await box.getState().send(input('a'))
  cloud.online = true
  await box.getState().flush()
  expect(cloud.arrived).toEqual([])
  cloud.t += 5_000
  cloud.timers.at(-1)!()
  await box.getState().flush()
  expect(cloud.arrived).toEqual(['a'])
})

test('a refusal is kept with its code for the user, not retried by itself, and later items still go', async () => {
  const cloud = fakeCloud()
  const box = outboxOn(cloud)
  await box.getState().send(input('a'))
  await box.getState().send(input('b'))
  cloud.refuse.set('a', 'REQUEST.BAD_STATE')
  cloud.online = true
  await box.getState().flush(true)
  expect(box.getState().items.map((i) => [i.key, i.state, i.code])).toEqual([
    ['a', 'failed', 'REQUEST.BAD_STATE'],
    ['b', 'sent', undefined],
  ])
  await box.getState().flush(true)
  expect(cloud.arrived).toEqual(['b'])
  cloud.refuse.clear()
  await box.getState().retry(box.getState().items[0].id)
  expect(cloud.arrived).toEqual(['b', 'a'])
})

test('a refusal while the user waits is handed back and not kept; a new check-in replaces the unsent one', async () => {
  const cloud = fakeCloud()
  cloud.online = true
  cloud.refuse.set('bad', 'INPUT.INVALID')
  const box = outboxOn(cloud)
  const out = await box.getState().send(input('bad'))
  expect(out.state === 'failed' && out.error.code).toBe('INPUT.INVALID')
  expect(box.getState().items).toEqual([])
  cloud.online = false
  await box.getState().send({ ...input('checkin:2026-12-02', 'checkin'), payload: { key: 'checkin:2026-12-02', mood: 2 } })
  await box.getState().send({ ...input('checkin:2026-12-02', 'checkin'), payload: { key: 'checkin:2026-12-02', mood: 4 } })
  expect(box.getState().items.map((i) => i.payload.mood)).toEqual([4])
})

test('a busy database or an organisation import in progress is waited out, not shown as a refusal', async () => {
  const cloud = fakeCloud()
  const box = outboxOn(cloud)
  await box.getState().send(input('a'))
  await box.getState().send(input('b'))
  cloud.refuse.set('a', 'SYSTEM.BUSY')
  cloud.refuse.set('b', 'ORG.UPDATING')
  cloud.online = true
  await box.getState().flush(true)
  expect(box.getState().items.map((i) => [i.key, i.state])).toEqual([['a', 'pending'], ['b', 'pending']])
  cloud.refuse.clear()
  await box.getState().flush(true)
  expect(cloud.arrived).toEqual(['a', 'b'])
})
