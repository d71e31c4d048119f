import { createStore } from 'zustand/vanilla'
import type { ServiceRequest } from '../../core/types'
import { byNearestDeadline } from '../../components/request/deadline'
import { systemClock, type Clock } from '../../services/clock'
import { errorMessage } from '../../services/error-messages'
import type { InboxApi } from './api/ports'
import { readAllPages } from '../../services/paging'

/** Enough pages for any one unit's open work; the sort needs them all at once. */
const MAX_PAGES = 20

export interface InboxState {
  items: ServiceRequest[]
  now: string
  loading: boolean
  error: string | null
  load: () => Promise<void>
  /** moves `now` on, so the countdowns stay live while the page is open */
  tick: () => void
}

/** The liaison's inbox: every request of the unit, the nearest deadline first. */
export function createInboxStore(api: InboxApi, clock: Clock = systemClock) {
  return createStore<InboxState>()((set) => ({
    items: [],
    now: clock(),
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const items: ServiceRequest[] = await readAllPages((cursor) => api.list(cursor), MAX_PAGES)
        set({ items: items.sort(byNearestDeadline), now: clock(), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    tick: () => set({ now: clock() }),
  }))
}

export type InboxStore = ReturnType<typeof createInboxStore>
