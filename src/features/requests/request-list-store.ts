import type { ListBox } from '@/core/contract'
import type { ServiceRequest } from '@/core/types'
import type { Clock } from '@/services/clock'
import { createPagedListStore, type PagedListState } from '@/services/paging'
import type { ListApi } from './api/ports'

export type RequestListState = PagedListState<ServiceRequest>

/** One box of requests, newest first as the server pages them, with 加载更多. */
export const createRequestListStore = (api: ListApi, box: ListBox, clock?: Clock) =>
  createPagedListStore((cursor) => api.list(box, cursor), clock)

/** The cadre's own requests (`box: 'mine'`). */
export const createMyRequestsStore = (api: ListApi, clock?: Clock) => createRequestListStore(api, 'mine', clock)

export type RequestListStore = ReturnType<typeof createRequestListStore>
