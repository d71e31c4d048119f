import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro'
import { Screen } from '@/components/screen'
import { TITLES } from '@/services/navigate'
import { TaskDetail } from '@/features/care/components/task-detail'
import { taskStore } from '@/features/care/use-care'

export default function CareTaskPage() {
  const taskId = useRouter().params.taskId ?? ''
  useDidShow(() => void taskStore.getState().load(taskId))
  usePullDownRefresh(() => void taskStore.getState().load(taskId).finally(stopPullDownRefresh))
  return (
    <Screen title={TITLES.careTask}>
      <TaskDetail />
    </Screen>
  )
}
