import { createStore } from 'zustand/vanilla'
import type { AppNotification } from '@/core/notifications'
import { errorMessage } from '@/services/error-messages'
import type { NotificationsApi } from './api/ports'

export interface NotificationsState {
  items: AppNotification[]
  cursor: string | null
  /** the home badge */
  unread: number
  loading: boolean
  error: string | null
  load: () => Promise<void>
  loadMore: () => Promise<void>
  refreshUnread: () => Promise<void>
  /** marks it read (shown at once, sent in the background); answers the request to open, if any */
  open: (id: string) => Promise<string | null>
  markAllRead: () => Promise<void>
}

/** The user's inbox of notifications (SPEC §5), newest first, and the unread count. */
export function createNotificationsStore(api: NotificationsApi) {
  return createStore<NotificationsState>()((set, get) => ({
    items: [],
    cursor: null,
    unread: 0,
    loading: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const [page, unread] = await Promise.all([api.list(), api.unreadCount()])
        set({ items: page.items, cursor: page.cursor, unread, loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    loadMore: async () => {
      const { cursor } = get()
      if (!cursor) return
      try {
        const page = await api.list(cursor)
        set((s) => ({ items: [...s.items, ...page.items], cursor: page.cursor }))
      } catch (e) {
        set({ error: errorMessage(e) })
      }
    },
    refreshUnread: async () => {
      try {
        set({ unread: await api.unreadCount() })
      } catch {
        // the badge is a nicety; keep the last count
      }
    },
    open: async (id) => {
      const item = get().items.find((n) => n.id === id)
      if (!item) return null
      if (!item.read) {
        set((s) => ({ items: s.items.map((n) => (n.id === id ? { ...n, read: true } : n)), unread: Math.max(0, s.unread - 1) }))
        try {
          await api.markRead({ ids: [id] })
        } catch {
          // read on this phone; the server marks it next time
        }
      }
      return item.requestId ?? null
    },
    markAllRead: async () => {
      try {
        await api.markRead({ all: true })
        set((s) => ({ items: s.items.map((n) => ({ ...n, read: true })), unread: 0 }))
      } catch (e) {
        set({ error: errorMessage(e) })
      }
    },
  }))
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>
