// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { ListBox, ListFilters } from '../../src/core/contract'
import { createFilteredListStore } from '../../src/features/requests/filtered-list-store'
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
