import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { go, TITLES } from '@/services/navigate'
import { NotificationList } from '@/features/notifications/components/notification-list'
import { notificationsStore, useNotifications } from '@/features/notifications/use-notifications'

const store = notificationsStore

async function open(id: string) {
  const requestId = await store.getState().open(id)
  if (requestId) go('detail', { id: requestId })
}

export default function NotificationsPage() {
  const s = useNotifications((state) => state)
  useDidShow(() => void store.getState().load())
  usePullDownRefresh(() => void store.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.notifications}>
      <NotificationList
        items={s.items}
        unread={s.unread}
        hasMore={!!s.cursor}
        loading={s.loading}
        error={s.error}
        onOpen={(id) => void open(id)}
        onMarkAll={() => void s.markAllRead()}
        onMore={() => void s.loadMore()}
        onRetry={() => void s.load()}
      />
    </Screen>
  )
}
