// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { AppNotification } from '@/core/notifications'
import { createNotificationsStore } from '@/features/notifications/notifications-store'
import { reportGrants } from '@/services/subscribe/report-grants'
import { CloudError } from '@/services/call'
import { page } from './builders'

const note = (id: string, read = false, requestId?: string): AppNotification => ({
  id,
  userId: 'u-liaison-1',
  type: 'request_new',
  title: '新的诉求待签收',
  body: '村里到乡镇没有班车',
  ...(requestId ? { requestId } : {}),
  read,
  createdAt: '2026-11-23T09:00:00.000+08:00',
})

function fakeApi(items: AppNotification[]) {
  return {
    list: vi.fn(async (cursor?: string) => (cursor ? page([note('n-old', true)]) : page(items, 'next'))),
    markRead: vi.fn(async () => ({ updated: 1 })),
    unreadCount: vi.fn(async () => items.filter((n) => !n.read).length),
  }
}

test('loading shows the newest notifications and the unread count for the home badge', async () => {
  const store = createNotificationsStore(fakeApi([note('n1', false, 'r-1'), note('n2', true)]))

  await store.getState().load()

  expect(store.getState().items.map((n) => n.id)).toEqual(['n1', 'n2'])
  expect(store.getState().unread).toBe(1)
  expect(store.getState().cursor).toBe('next')
  await store.getState().loadMore()
  expect(store.getState().items.map((n) => n.id)).toEqual(['n1', 'n2', 'n-old'])
})

test('tapping an unread notification marks it read and answers the request to open', async () => {
  const api = fakeApi([note('n1', false, 'r-1')])
  const store = createNotificationsStore(api)
  await store.getState().load()

  expect(await store.getState().open('n1')).toBe('r-1')

  expect(api.markRead).toHaveBeenCalledWith({ ids: ['n1'] })
  expect(store.getState().items[0].read).toBe(true)
  expect(store.getState().unread).toBe(0)
  expect(await store.getState().open('n1')).toBe('r-1')
  expect(api.markRead).toHaveBeenCalledTimes(1)
})

test('全部已读 clears the badge', async () => {
  const api = fakeApi([note('n1'), note('n2')])
  const store = createNotificationsStore(api)
  await store.getState().load()

  await store.getState().markAllRead()

  expect(api.markRead).toHaveBeenCalledWith({ all: true })
  expect(store.getState().unread).toBe(0)
  expect(store.getState().items.every((n) => n.read)).toBe(true)
})

test('a failed load says why in Chinese; a failed badge refresh keeps the last count', async () => {
  const api = fakeApi([note('n1')])
  const store = createNotificationsStore(api)
  await store.getState().refreshUnread()
  api.list.mockRejectedValueOnce(new CloudError('NETWORK.FAILED'))
  api.unreadCount.mockRejectedValueOnce(new CloudError('NETWORK.FAILED'))

  await store.getState().load()
  expect(store.getState().error).toBe('网络不畅，请检查网络后重试')
  api.unreadCount.mockRejectedValueOnce(new CloudError('NETWORK.FAILED'))
  await store.getState().refreshUnread()
  expect(store.getState().unread).toBe(1)
})

test('only the templates the user accepted are reported as credits', async () => {
  const grant = vi.fn(async () => ({}))
  const ids = { newRequest: 'T-NEW', overdue: 'T-OVER', progress: 'T-PROG', careTask: '' }

  const reported = await reportGrants(['newRequest', 'overdue'], ids, { 'T-NEW': 'accept', 'T-OVER': 'reject', errMsg: 'ok' }, { grant })

  expect(reported).toEqual(['newRequest'])
  expect(grant).toHaveBeenCalledTimes(1)
  expect(grant).toHaveBeenCalledWith('newRequest')
})
