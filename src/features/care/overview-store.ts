import { createStore } from 'zustand/vanilla'
import type { CareSummary } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import type { CareApi } from './api/ports'

export interface OverviewState {
  summary: CareSummary | null
  loading: boolean
  error: string | null
  load: () => Promise<void>
}

/** The secretary's figures: check-in rate and open tasks by reason (the task list is the tasks store). */
export function createOverviewStore(api: Pick<CareApi, 'summary'>) {
  return createStore<OverviewState>()((set) => ({
    summary: null,
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        set({ summary: await api.summary(), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}
