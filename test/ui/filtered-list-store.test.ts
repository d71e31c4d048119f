// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { ListBox, ListFilters, Page } from '@/core/contract'
import type { ServiceRequest } from '@/core/types'
import { createFilteredListStore } from '@/features/requests/filtered-list-store'
import { buildRequest, page } from './builders'

function fakeApi() {
  const asked: Array<{ box: ListBox; cursor?: string; filters?: ListFilters }> = []
  return {
    asked,
    list: async (box: ListBox, cursor?: string, filters?: ListFilters) => {
      asked.push({ box, cursor, filters })
      return page([buildRequest()], cursor ? null : 'next')
    },
  }
}

test('each filter reads the first page again with every filter set so far', async () => {
  const api = fakeApi()
  const { list, filters } = createFilteredListStore(api, 'township')
  await list.getState().load()
  await filters.getState().set('villageId', 'v1')
  await filters.getState().set('status', 'in_progress')
  await filters.getState().set('overdue', true)
  expect(api.asked.map((a) => a.filters)).toEqual([{}, { villageId: 'v1' }, { villageId: 'v1', status: 'in_progress' }, { villageId: 'v1', status: 'in_progress', overdue: true }])
  await list.getState().loadMore()
  expect(api.asked.at(-1)).toEqual({ box: 'township', cursor: 'next', filters: { villageId: 'v1', status: 'in_progress', overdue: true } })
})

test('search sends the trimmed text; clearing drops every filter and the text', async () => {
  const api = fakeApi()
  const { filters } = createFilteredListStore(api, 'county')
  filters.getState().setDraft('  大棚  ')
  await filters.getState().search()
  expect(api.asked.at(-1)?.filters).toEqual({ q: '大棚' })
  filters.getState().setDraft('   ')
  await filters.getState().search()
  expect(api.asked.at(-1)?.filters).toEqual({}) // the server refuses an empty text: none is sent
  await filters.getState().set('unitId', 'uA')
  await filters.getState().clear()
  expect(api.asked.at(-1)?.filters).toEqual({})
  expect(filters.getState().draft).toBe('')
})

test('overdue and a status without a running clock do not go together: the newer choice wins', async () => {
  const api = fakeApi()
  const { filters } = createFilteredListStore(api, 'township')
  await filters.getState().set('status', 'closed')
  await filters.getState().set('overdue', true)
  expect(api.asked.at(-1)?.filters).toEqual({ overdue: true })
  await filters.getState().set('status', 'resolved')
  expect(api.asked.at(-1)?.filters).toEqual({ status: 'resolved' })
})

/** An api whose answers the test releases one by one, in any order. */
function deferredApi() {
  const pending: Array<{ filters?: ListFilters; cursor?: string; answer: (p: Page<ServiceRequest>) => void }> = []
  return {
    pending,
    list: (_box: ListBox, cursor?: string, filters?: ListFilters) =>
      new Promise<Page<ServiceRequest>>((resolve) => pending.push({ filters, cursor, answer: resolve })),
  }
}

test('an answer for an older filter that arrives after the newer one does not replace it', async () => {
  const api = deferredApi()
  const { list, filters } = createFilteredListStore(api, 'township')
  const village = filters.getState().set('villageId', 'v1')
  const status = filters.getState().set('status', 'closed')
  const [old, latest] = api.pending
  expect(latest.filters).toEqual({ villageId: 'v1', status: 'closed' })
  latest.answer(page([buildRequest({ id: 'closed-in-v1', status: 'closed' })], null))
  await status
  old.answer(page([buildRequest({ id: 'any-in-v1' }), buildRequest({ id: 'other-in-v1' })], 'old-next'))
  await village
  expect(list.getState().items.map((r) => r.id)).toEqual(['closed-in-v1'])
  expect(list.getState()).toMatchObject({ cursor: null, loading: false })
})

test('a next page of the old filter arriving after a new filter is not appended', async () => {
  const api = deferredApi()
  const { list, filters } = createFilteredListStore(api, 'county')
  const first = list.getState().load()
  api.pending[0].answer(page([buildRequest({ id: 'a' })], 'next'))
  await first
  const more = list.getState().loadMore()
  const filtered = filters.getState().set('unitId', 'uB')
  api.pending[2].answer(page([buildRequest({ id: 'b-1' })], 'b-next'))
  await filtered
  api.pending[1].answer(page([buildRequest({ id: 'a-page-2' })], null))
  await more
  expect(list.getState().items.map((r) => r.id)).toEqual(['b-1'])
  expect(list.getState().cursor).toBe('b-next')
  const next = list.getState().loadMore()
  api.pending[3].answer(page([buildRequest({ id: 'b-2' })], null))
  await next
  expect(api.pending[3]).toMatchObject({ cursor: 'b-next', filters: { unitId: 'uB' } })
  expect(list.getState().items.map((r) => r.id)).toEqual(['b-1', 'b-2'])
})
