import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { TaskList } from '@/features/care/components/task-list'
import { CARE_COPY } from '@/features/care/copy'
import { tasksStore } from '@/features/care/use-care'

export default function CareTasksPage() {
  useDidShow(() => void tasksStore.getState().load())
  usePullDownRefresh(() => void tasksStore.getState().load().finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.careTasks}>
      <TaskList emptyText={CARE_COPY.noTasksUnit} />
    </Screen>
  )
}
