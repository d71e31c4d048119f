import { createStore } from 'zustand/vanilla'
import type { ListBox, ListFilters } from '@/core/contract'
import type { Clock } from '@/services/clock'
import { createPagedListStore } from '@/services/paging'
import type { ListApi } from './api/ports'

export interface FilterState {
  filters: ListFilters
  /** what is typed in the search box, sent on 搜索 */
  draft: string
  set: <K extends keyof ListFilters>(key: K, value: ListFilters[K] | undefined) => Promise<void>
  setDraft: (text: string) => void
  search: () => Promise<void>
  clear: () => Promise<void>
}

/** Drops unset keys: the server refuses an empty search text. */
function compact(f: ListFilters): ListFilters {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '' && v !== false)) as ListFilters
}

/**
 * The township's or county's list with its filters (issue 13): each change reads the first page
 * again with the filters sent to the server, which keeps the scope.
 */
export function createFilteredListStore(api: ListApi, box: ListBox, clock?: Clock) {
  const filterStore = createStore<FilterState>()((set, get) => {
    const reload = () => list.getState().load()
    return {
      filters: {},
      draft: '',
      set: async (key, value) => {
        const next = compact({ ...get().filters, [key]: value })
        // Overdue covers only work with a running clock (签收 or 办结 due).
        if (next.overdue && next.status && next.status !== 'assigned' && next.status !== 'in_progress') {
          if (key === 'overdue') delete next.status
          else delete next.overdue
        }
        set({ filters: next })
        await reload()
      },
      setDraft: (draft) => set({ draft }),
      search: async () => {
        set({ filters: compact({ ...get().filters, q: get().draft.trim() }) })
        await reload()
      },
      clear: async () => {
        set({ filters: {}, draft: '' })
        await reload()
      },
    }
  })
  const list = createPagedListStore((cursor) => api.list(box, cursor, filterStore.getState().filters), clock)
  return { list, filters: filterStore }
}

export type FilteredListStore = ReturnType<typeof createFilteredListStore>
