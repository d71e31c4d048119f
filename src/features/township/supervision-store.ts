import { createStore } from 'zustand/vanilla'
import { OPEN_STATUSES, type ServiceRequest } from '@/core/types'
import { byNearestDeadline, isOverdue } from '@/components/request/deadline'
import { systemClock, type Clock } from '@/services/clock'
import { errorMessage } from '@/services/error-messages'
import type { TownshipApi } from './api/ports'
import { listAll } from './lib/list-all'

export interface SupervisionState {
  /** open requests that are overdue or under supervision, the most urgent first */
  items: ServiceRequest[]
  /** extensions waiting for the secretary's decision */
  extensions: ServiceRequest[]
  now: string
  loading: boolean
  error: string | null
  load: () => Promise<void>
}

/** 督办: the township's overdue and supervised requests, and extensions to decide. */
export function createSupervisionStore(api: TownshipApi, clock: Clock = systemClock) {
  return createStore<SupervisionState>()((set) => ({
    items: [],
    extensions: [],
    now: clock(),
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        // one query per open state: closed history never crosses the network
        const all = (await Promise.all(OPEN_STATUSES.map((status) => listAll(api, status)))).flat()
        const now = clock()
        set({
          items: all.filter((r) => r.supervision > 0 || isOverdue(r, now)).sort(byNearestDeadline),
          extensions: all.filter((r) => r.extension?.status === 'pending'),
          now,
          loading: false,
        })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}

export type SupervisionStore = ReturnType<typeof createSupervisionStore>
