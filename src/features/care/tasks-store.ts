import { createStore } from 'zustand/vanilla'
import type { CareTaskView } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import type { CareApi } from './api/ports'
import { readAllPages } from '@/services/paging'

/** Enough pages for one unit's or township's care tasks. */
const MAX_PAGES = 10

export interface TasksState {
  items: CareTaskView[]
  loading: boolean
  error: string | null
  load: () => Promise<void>
}

/** Open tasks first (nearest due first), then closed ones newest first. */
export function byCareOrder(a: CareTaskView, b: CareTaskView): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1
  if (a.status === 'open') return a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0
  return (b.closedAt ?? '') < (a.closedAt ?? '') ? -1 : 1
}

/** The care tasks the caller may list (liaison: their unit's; secretary: their township's). */
export function createTasksStore(api: Pick<CareApi, 'list'>) {
  return createStore<TasksState>()((set) => ({
    items: [],
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const items: CareTaskView[] = await readAllPages((cursor) => api.list(cursor), MAX_PAGES)
        set({ items: items.sort(byCareOrder), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}
