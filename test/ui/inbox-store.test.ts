// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { Page } from '../../src/core/contract'
import type { ServiceRequest } from '../../src/core/types'
import { createInboxStore } from '../../src/features/inbox/inbox-store'
import { CloudError } from '../../src/services/call'
import { buildRequest, page } from './builders'

const NOW = '2026-11-25T10:00:00.000+08:00'

test('the inbox lists the nearest deadline first, across every page, with finished work last', async () => {
  const later = buildRequest({ status: 'in_progress', resolveBy: '2026-11-28T09:00:00.000+08:00' })
  const finished = buildRequest({ status: 'closed' })
  const soonest = buildRequest({ status: 'assigned', signForBy: '2026-11-24T09:00:00.000+08:00' })
  const middle = buildRequest({ status: 'in_progress', resolveBy: '2026-11-26T09:00:00.000+08:00' })
  const pages: Record<string, Page<ServiceRequest>> = {
    first: page([later, finished], 'p2'),
    p2: page([soonest, middle]),
  }
  const store = createInboxStore({ list: async (cursor) => pages[cursor ?? 'first'] }, () => NOW)

  await store.getState().load()

  expect(store.getState().items.map((r) => r.id)).toEqual([soonest.id, middle.id, later.id, finished.id])
  expect(store.getState().now).toBe(NOW)
  expect(store.getState().error).toBeNull()
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
