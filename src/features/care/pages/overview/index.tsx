import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { OverviewView } from '@/features/care/components/overview-view'
import { TaskList } from '@/features/care/components/task-list'
import { CARE_COPY } from '@/features/care/copy'
import { overviewStore, tasksStore } from '@/features/care/use-care'

const load = () => Promise.all([overviewStore.getState().load(), tasksStore.getState().load()])

export default function CareOverviewPage() {
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.careOverview}>
      <OverviewView />
      <TaskList emptyText={CARE_COPY.noTasksTownship} />
    </Screen>
  )
}
