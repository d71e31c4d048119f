import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../../components/screen'
import { TITLES } from '../../../../services/navigate'
import { OverviewView } from '../../components/overview-view'
import { TaskList } from '../../components/task-list'
import { CARE_COPY } from '../../copy'
import { overviewStore, tasksStore } from '../../use-care'

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
