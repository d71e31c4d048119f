import { call } from '@/services/call'
import type { NotificationsApi } from './ports'

export const notificationsApi: NotificationsApi = {
  list: (cursor) => call('notifications', 'list', cursor ? { cursor } : {}),
  markRead: (which) => call('notifications', 'markRead', which),
  unreadCount: async () => (await call('notifications', 'unreadCount', {})).count,
}
