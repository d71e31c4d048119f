import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { TITLES } from '../../../../services/navigate'
import { Screen } from '../../../../components/screen'
import { InboxList } from '../../components/inbox-list'
import { inboxStore } from '../../use-inbox'

export default function InboxPage() {
  useDidShow(() => void inboxStore.getState().load())
  usePullDownRefresh(() => void inboxStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.inbox}>
      <InboxList />
    </Screen>
  )
}
