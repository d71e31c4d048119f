import { useDidShow } from '@tarojs/taro'
import { TITLES } from '@/services/navigate'
import { Screen } from '@/components/screen'
import { HomeView } from '@/features/home/components/home-view'
import { homeStore } from '@/features/home/use-home'
import { notificationsStore, useNotifications } from '@/features/notifications/use-notifications'

async function start() {
  await homeStore.getState().start()
  await notificationsStore.getState().refreshUnread()
}

export default function HomePage() {
  const unread = useNotifications((s) => s.unread)
  useDidShow(() => void start())
  return (
    <Screen title={TITLES.home}>
      <HomeView unread={unread} />
    </Screen>
  )
}
