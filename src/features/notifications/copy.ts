/** Every word of the notification screen (消息通知), in Simplified Chinese. */
export const NOTIFICATIONS_COPY = {
  empty: '暂无消息',
  unread: (n: number) => `${n} 条未读`,
  markAll: '全部已读',
  unreadDot: '未读',
  more: '加载更多',
} as const
