import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { TITLES } from '@/services/navigate'
import { Screen } from '@/components/screen'
import { InboxList } from '@/features/inbox/components/inbox-list'
import { inboxStore } from '@/features/inbox/use-inbox'
import { useTicker } from '@/features/inbox/use-ticker'

const tick = () => inboxStore.getState().tick()

export default function InboxPage() {
  useDidShow(() => void inboxStore.getState().load())
  useTicker(tick)
  usePullDownRefresh(() => void inboxStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.inbox}>
      <InboxList />
    </Screen>
  )
}
