import type { Page } from '@/core/contract'
import type { AppNotification } from '@/core/notifications'

/** What the notification screens need from the `notifications` function; fakes in tests. */
export interface NotificationsApi {
  list: (cursor?: string) => Promise<Page<AppNotification>>
  markRead: (which: { ids: string[] } | { all: true }) => Promise<unknown>
  unreadCount: () => Promise<number>
}
