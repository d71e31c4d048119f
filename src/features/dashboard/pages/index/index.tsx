import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { DashboardView } from '@/features/dashboard/components/dashboard-view'
import { dashboardStore } from '@/features/dashboard/use-dashboard'

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
