import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { HistoryView } from '@/features/checkin/components/history-view'
import { historyStore } from '@/features/checkin/use-checkin'

export default function HistoryPage() {
  useDidShow(() => void historyStore.getState().load())
  usePullDownRefresh(() => void historyStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.checkinHistory}>
      <HistoryView />
    </Screen>
  )
}
