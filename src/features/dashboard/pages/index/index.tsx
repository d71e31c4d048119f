import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { DashboardView } from '../../components/dashboard-view'
import { dashboardStore } from '../../use-dashboard'

const load = () => dashboardStore.getState().load()

export default function DashboardPage() {
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.dashboard}>
      <DashboardView />
    </Screen>
  )
}
