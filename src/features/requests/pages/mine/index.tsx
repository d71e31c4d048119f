import { usePullDownRefresh, useDidShow, stopPullDownRefresh } from '@tarojs/taro'
import { TITLES } from '@/services/navigate'
import { Screen } from '@/components/screen'
import { RequestList } from '@/features/requests/components/request-list'
import { LIST_COPY } from '@/features/requests/copy'
import { listStore } from '@/features/requests/use-requests'

const store = listStore('mine')

export default function MyRequestsPage() {
  useDidShow(() => void store.getState().load())
  usePullDownRefresh(() => void store.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.mine}>
      <RequestList box="mine" emptyText={LIST_COPY.emptyMine} />
    </Screen>
  )
}
