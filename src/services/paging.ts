import { createStore } from 'zustand/vanilla'
import type { Page } from '../core/contract'
import { systemClock, type Clock } from './clock'
import { errorMessage } from './error-messages'

/**
 * Every item of a cursor-paged list, for views that sort or filter the whole of it (an inbox, a
 * township's open work). Bounded, so a runaway list costs at most `maxPages` calls.
 */
export async function readAllPages<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, maxPages = 20): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor)
    items.push(...page.items)
    if (!page.cursor) break
    cursor = page.cursor
  }
  return items
}

export interface PagedListState<T> {
  items: T[]
  cursor: string | null
  /** when the list was loaded: what "超期" is measured against */
  now: string
  loading: boolean
  loadingMore: boolean
  error: string | null
  /** the first page again */
  load: () => Promise<void>
  /** the next page, appended; nothing after the last */
  loadMore: () => Promise<void>
}

/**
 * A cursor-paged list read a page at a time (加载更多), in the order the server pages it. Only the
 * latest `load` counts: an answer to an earlier one (an old filter, a slow network) that arrives
 * after it is dropped, and so is a next page asked for before it.
 */
export function createPagedListStore<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, clock: Clock = systemClock) {
  let generation = 0
  return createStore<PagedListState<T>>()((set, get) => ({
    items: [],
    cursor: null,
    now: clock(),
    loading: false,
    loadingMore: false,
    error: null,
    load: async () => {
      const mine = ++generation
      set({ loading: true, loadingMore: false, error: null })
      try {
        const page = await fetchPage()
        if (mine === generation) set({ items: page.items, cursor: page.cursor, now: clock(), loading: false })
      } catch (e) {
        if (mine === generation) set({ loading: false, error: errorMessage(e) })
      }
    },
    loadMore: async () => {
      const { cursor, loadingMore } = get()
      if (!cursor || loadingMore) return
      const mine = generation
      set({ loadingMore: true, error: null })
      try {
        const page = await fetchPage(cursor)
        if (mine === generation) set((s) => ({ items: [...s.items, ...page.items], cursor: page.cursor, loadingMore: false }))
      } catch (e) {
        if (mine === generation) set({ loadingMore: false, error: errorMessage(e) })
      }
    },
  }))
}

export type PagedListStore<T> = ReturnType<typeof createPagedListStore<T>>
