import { call } from '../../../services/call'
import type { GrantApi, NotificationsApi } from './ports'

export const notificationsApi: NotificationsApi = {
  list: (cursor) => call('notifications', 'list', cursor ? { cursor } : {}),
  markRead: (which) => call('notifications', 'markRead', which),
  unreadCount: async () => (await call('notifications', 'unreadCount', {})).count,
}

export const grantApi: GrantApi = {
  grant: (templateKey) => call('notifications', 'grant', { templateKey, count: 1 }),
}
