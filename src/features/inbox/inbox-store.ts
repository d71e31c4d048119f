import { createStore } from 'zustand/vanilla'
import type { RequestStatus, ServiceRequest } from '@/core/types'
import { byNearestDeadline } from '@/components/request/deadline'
import { systemClock, type Clock } from '@/services/clock'
import { errorMessage } from '@/services/error-messages'
import type { InboxApi } from './api/ports'
import { createPagedListStore, readAllPages, type PagedListStore } from '@/services/paging'

/** Enough pages for any one unit's open work in one state; the sort needs them all at once. */
const MAX_PAGES = 20

/**
 * 待办: what the unit still holds, the last (resolved) waiting for the cadre's confirmation. One
 * query per state, so the closed history never crosses the network for the daily view.
 */
export const WORK_STATUSES: readonly RequestStatus[] = ['assigned', 'in_progress', 'awaiting_submitter', 'resolved']

export type InboxTab = 'work' | 'closed'

export interface InboxState {
  tab: InboxTab
  /** 待办, the nearest deadline first */
  items: ServiceRequest[]
  /** 已办结, newest first, a page at a time: read when its tab is first opened after a load */
  closed: PagedListStore<ServiceRequest>
  now: string
  loading: boolean
  error: string | null
  load: () => Promise<void>
  setTab: (tab: InboxTab) => Promise<void>
  /** moves `now` on, so the countdowns stay live while the page is open */
  tick: () => void
}

/** The liaison's inbox: the unit's open work by deadline, and its finished work on a second tab. */
export function createInboxStore(api: InboxApi, clock: Clock = systemClock) {
  const closed = createPagedListStore((cursor) => api.list('closed', cursor), clock)
  // whether 已办结 must be read again before it is shown
  let closedStale = true
  const readClosed = () => ((closedStale = false), closed.getState().load())
  return createStore<InboxState>()((set, get) => ({
    tab: 'work',
    items: [],
    closed,
    now: clock(),
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      closedStale = true
      try {
        const lists = await Promise.all(WORK_STATUSES.map((status) => readAllPages((cursor) => api.list(status, cursor), MAX_PAGES)))
        set({ items: lists.flat().sort(byNearestDeadline), now: clock(), loading: false })
      } catch (e) {
        return set({ loading: false, error: errorMessage(e) })
      }
      if (get().tab === 'closed') await readClosed()
    },
    setTab: async (tab) => {
      if (tab === get().tab) return
      set({ tab })
      if (tab === 'closed' && closedStale) await readClosed()
    },
    tick: () => set({ now: clock() }),
  }))
}

export type InboxStore = ReturnType<typeof createInboxStore>
