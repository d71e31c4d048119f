// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { Page } from '@/core/contract'
import type { ServiceRequest } from '@/core/types'
import { createInboxStore } from '@/features/inbox/inbox-store'
import { CloudError } from '@/services/call'
import { buildRequest, page } from './builders'

const NOW = '2026-11-25T10:00:00.000+08:00'

test('待办 reads the open states only, every page of each, the nearest deadline first and 待确认 last', async () => {
  const later = buildRequest({ status: 'in_progress', resolveBy: '2026-11-28T09:00:00.000+08:00' })
  const waiting = buildRequest({ status: 'resolved', resolveBy: '2026-11-20T09:00:00.000+08:00' })
  const soonest = buildRequest({ status: 'assigned', signForBy: '2026-11-24T09:00:00.000+08:00' })
  const middle = buildRequest({ status: 'in_progress', resolveBy: '2026-11-26T09:00:00.000+08:00' })
  const pages: Record<string, Page<ServiceRequest>> = {
    'assigned:': page([soonest]),
    'in_progress:': page([later], 'p2'),
    'in_progress:p2': page([middle]),
    'resolved:': page([waiting]),
  }
  const asked: string[] = []
  const store = createInboxStore({
    list: async (status, cursor) => {
      asked.push(status)
      return pages[`${status}:${cursor ?? ''}`] ?? page([])
    },
  }, () => NOW)

  await store.getState().load()

  expect(store.getState().items.map((r) => r.id)).toEqual([soonest.id, middle.id, later.id, waiting.id])
  expect(new Set(asked)).toEqual(new Set(['assigned', 'in_progress', 'awaiting_submitter', 'resolved']))
  expect(store.getState().now).toBe(NOW)
  expect(store.getState().error).toBeNull()
})

test('已办结 is read when first opened, a page at a time, and again after a reload', async () => {
  const closed = Array.from({ length: 3 }, (_, i) => buildRequest({ status: 'closed', title: `已办结 ${i}` }))
  const asked: string[] = []
  const store = createInboxStore({
    list: async (status, cursor) => {
      asked.push(`${status}:${cursor ?? ''}`)
      if (status !== 'closed') return page([])
      return cursor === 'c2' ? page([closed[2]]) : page([closed[0], closed[1]], 'c2')
    },
  }, () => NOW)
  const finished = () => store.getState().closed.getState()
  await store.getState().load()
  expect(asked.some((a) => a.startsWith('closed'))).toBe(false)

  await store.getState().setTab('closed')
  expect(finished().items.map((r) => r.id)).toEqual([closed[0].id, closed[1].id])
  expect(finished().cursor).toBe('c2')
  await finished().loadMore()
  expect(finished().items.map((r) => r.id)).toEqual(closed.map((r) => r.id))
  expect(finished().cursor).toBeNull()
  await finished().loadMore() // nothing more to read
  expect(asked.filter((a) => a.startsWith('closed'))).toEqual(['closed:', 'closed:c2'])

  // switching back and forth keeps what was read; a reload on this tab starts again at page one
  await store.getState().setTab('work')
  await store.getState().setTab('closed')
  expect(asked.filter((a) => a.startsWith('closed'))).toHaveLength(2)
  await store.getState().load()
  expect(finished().items.map((r) => r.id)).toEqual([closed[0].id, closed[1].id])
  expect(asked.filter((a) => a.startsWith('closed'))).toEqual(['closed:', 'closed:c2', 'closed:'])
})

test('a failed load tells the user why in Chinese', async () => {
  const store = createInboxStore({
    list: async () => {
      throw new CloudError('NETWORK.FAILED')
    },
  })

  await store.getState().load()

  expect(store.getState().error).toBe('网络不畅，请检查网络后重试')
  expect(store.getState().loading).toBe(false)
})

test('the countdown moves with the clock: 剩余 hours, then days, then 超期', async () => {
  const { countdown } = await import('@/components/request/deadline')
  const assigned = buildRequest({ status: 'assigned', signForBy: '2026-11-25T15:30:00.000+08:00' })
  const working = buildRequest({ status: 'in_progress', resolveBy: '2026-11-28T10:00:00.000+08:00' })
  const paused = buildRequest({ status: 'awaiting_submitter', resolveBy: '2026-11-20T10:00:00.000+08:00' })

  expect(countdown(assigned, NOW)).toEqual({ text: '签收剩余 5 小时', overdue: false })
  expect(countdown(assigned, '2026-11-25T15:00:00.000+08:00')).toEqual({ text: '签收剩余 不到 1 小时', overdue: false })
  expect(countdown(assigned, '2026-11-25T18:00:00.000+08:00')).toEqual({ text: '签收超期 2 小时', overdue: true })
  expect(countdown(working, NOW)).toEqual({ text: '办结剩余 3 天', overdue: false })
  expect(countdown(working, '2026-11-30T11:00:00.000+08:00')).toEqual({ text: '办结超期 2 天', overdue: true })
  expect(countdown(paused, NOW)).toEqual({ text: '等待补充，计时暂停', overdue: false })
  expect(countdown(buildRequest({ status: 'closed' }), NOW)).toBeNull()
})

test('tick moves the inbox clock on so the countdowns stay live', async () => {
  let now = NOW
  const store = createInboxStore({ list: async () => page([]) }, () => now)
  await store.getState().load()
  now = '2026-11-25T11:00:00.000+08:00'

  store.getState().tick()

  expect(store.getState().now).toBe(now)
})
