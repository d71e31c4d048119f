import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { TITLES } from '../../../../services/navigate'
import { Screen } from '../../../../components/screen'
import { InboxList } from '../../components/inbox-list'
import { inboxStore } from '../../use-inbox'
import { useTicker } from '../../use-ticker'

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
