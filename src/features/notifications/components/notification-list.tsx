import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { AppNotification } from '@/core/notifications'
import { formatTime } from '@/components/request/format-time'
import { ListStatus } from '@/components/status-block'
import { NOTIFICATIONS_COPY as C } from '../copy'
import './notification-list.less'

interface Props {
  items: AppNotification[]
  unread: number
  hasMore: boolean
  loading: boolean
  error: string | null
  onOpen: (id: string) => void
  onMarkAll: () => void
  onMore: () => void
  onRetry: () => void
}

/** Newest first; unread ones in bold with a dot. A tap marks it read and opens its request. */
export function NotificationList({ items, unread, hasMore, loading, error, onOpen, onMarkAll, onMore, onRetry }: Props) {
  return (
    <View>
      <ListStatus list={{ loading, error, items }} emptyText={C.empty} onRetry={onRetry} />
      {unread > 0 && (
        <View className="qb-notes__bar">
          <Text>{C.unread(unread)}</Text>
          <Button size="small" fill="outline" onClick={onMarkAll}>
            {C.markAll}
          </Button>
        </View>
      )}
      {items.map((n) => (
        <View key={n.id} className={n.read ? 'qb-note' : 'qb-note qb-note--unread'} hoverClass="qb-note--pressed" onClick={() => onOpen(n.id)}>
          <View className="qb-note__head">
            {!n.read && <View className="qb-note__dot" aria-label={C.unreadDot} />}
            <Text className="qb-note__title">{n.title}</Text>
          </View>
          <Text className="qb-note__body">{n.body}</Text>
          <Text className="qb-note__time">{formatTime(n.createdAt)}</Text>
        </View>
      ))}
      {hasMore && (
        <View className="qb-notes__more">
          <Button block onClick={onMore}>
            {C.more}
          </Button>
        </View>
      )}
    </View>
  )
}
