import { createStore } from 'zustand/vanilla'
import type { Checkin } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import type { CheckinApi } from './api/ports'

export interface HistoryState {
  items: Checkin[]
  loading: boolean
  error: string | null
  load: () => Promise<void>
}

/** The cadre's last 30 days of check-ins, newest first. */
export function createHistoryStore(api: Pick<CheckinApi, 'mine'>) {
  return createStore<HistoryState>()((set) => ({
    items: [],
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        set({ items: (await api.mine()).items, loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}
