import { createStore } from 'zustand/vanilla'
import type { ListBox } from '../../../core/contract'
import type { ServiceRequest } from '../../../core/types'
import { systemClock, type Clock } from '../../../services/clock'
import { errorMessage } from '../../../services/error-messages'
import type { ListApi } from '../api/ports'

export interface RequestListState {
  items: ServiceRequest[]
  cursor: string | null
  /** when the list was loaded: what "超期" is measured against */
  now: string
  loading: boolean
  loadingMore: boolean
  error: string | null
  load: () => Promise<void>
  loadMore: () => Promise<void>
}

/** One box of requests, newest first as the server pages them, with 加载更多. */
export function createRequestListStore(api: ListApi, box: ListBox, clock: Clock = systemClock) {
  return createStore<RequestListState>()((set, get) => ({
    items: [],
    cursor: null,
    now: clock(),
    loading: false,
    loadingMore: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const page = await api.list(box)
        set({ items: page.items, cursor: page.cursor, now: clock(), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    loadMore: async () => {
      const { cursor, loadingMore } = get()
      if (!cursor || loadingMore) return
      set({ loadingMore: true, error: null })
      try {
        const page = await api.list(box, cursor)
        set((s) => ({ items: [...s.items, ...page.items], cursor: page.cursor, loadingMore: false }))
      } catch (e) {
        set({ loadingMore: false, error: errorMessage(e) })
      }
    },
  }))
}

/** The cadre's own requests (`box: 'mine'`). */
export const createMyRequestsStore = (api: ListApi, clock?: Clock) => createRequestListStore(api, 'mine', clock)

export type RequestListStore = ReturnType<typeof createRequestListStore>
