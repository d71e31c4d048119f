/** The app's instances of the requests stores, wired to the real cloud calls. */
import { useStore } from 'zustand'
import type { ListBox } from '@/core/contract'
import { outbox } from '@/services/outbox'
import { detailApi, listApi } from './api/calls'
import { createRequestDetailStore, type DetailState } from './detail-store'
import { createFilteredListStore, type FilteredListStore } from './filtered-list-store'
import { createRequestListStore, type RequestListStore } from './request-list-store'
import { createSubmitStore, type SubmitState } from './submit-store'

export const submitStore = createSubmitStore(outbox)
export const detailStore = createRequestDetailStore(detailApi, { send: (input) => outbox.getState().send(input) })

const listStores = new Map<ListBox, RequestListStore>()
export function listStore(box: ListBox): RequestListStore {
  let store = listStores.get(box)
  if (!store) listStores.set(box, (store = createRequestListStore(listApi, box)))
  return store
}

/** The township's and county's boxes carry filters (issue 13). */
const filteredStores = new Map<ListBox, FilteredListStore>()
export function filteredListStore(box: 'township' | 'county'): FilteredListStore {
  let store = filteredStores.get(box)
  if (!store) filteredStores.set(box, (store = createFilteredListStore(listApi, box)))
  return store
}

export const useSubmit = <T>(select: (s: SubmitState) => T) => useStore(submitStore, select)
export const useDetail = <T>(select: (s: DetailState) => T) => useStore(detailStore, select)
