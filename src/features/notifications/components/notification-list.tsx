import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { AppNotification } from '../../../core/notifications'
import { formatTime } from '../../../components/request/format-time'
import { ListStatus } from '../../../components/status-block'
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
      <ListStatus list={{ loading, error, items }} emptyText="暂无消息" onRetry={onRetry} />
      {unread > 0 && (
        <View className="qb-notes__bar">
          <Text>{unread} 条未读</Text>
          <Button size="small" fill="outline" onClick={onMarkAll}>
            全部已读
          </Button>
        </View>
      )}
      {items.map((n) => (
        <View key={n.id} className={n.read ? 'qb-note' : 'qb-note qb-note--unread'} hoverClass="qb-note--pressed" onClick={() => onOpen(n.id)}>
          <View className="qb-note__head">
            {!n.read && <View className="qb-note__dot" aria-label="未读" />}
            <Text className="qb-note__title">{n.title}</Text>
          </View>
          <Text className="qb-note__body">{n.body}</Text>
          <Text className="qb-note__time">{formatTime(n.createdAt)}</Text>
        </View>
      ))}
      {hasMore && (
        <View className="qb-notes__more">
          <Button block onClick={onMore}>
            加载更多
          </Button>
        </View>
      )}
    </View>
  )
}
