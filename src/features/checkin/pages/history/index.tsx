import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { HistoryView } from '../../components/history-view'
import { historyStore } from '../../use-checkin'

export default function HistoryPage() {
  useDidShow(() => void historyStore.getState().load())
  usePullDownRefresh(() => void historyStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.checkinHistory}>
      <HistoryView />
    </Screen>
  )
}
