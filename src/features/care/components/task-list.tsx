import { View, Text } from '@tarojs/components'
import { ListStatus } from '@/components/status-block'
import { systemClock } from '@/services/clock'
import { go } from '@/services/navigate'
import { tasksStore, useTasks } from '../use-care'
import { CARE_COPY } from '../copy'
import { TaskCard } from './task-card'

const open = (taskId: string) => go('careTask', { taskId })

/** The care tasks the caller may list, open ones first. */
export function TaskList({ emptyText }: { emptyText: string }) {
  const s = useTasks((state) => state)
  const now = systemClock()
  const openCount = s.items.filter((t) => t.status === 'open').length
  return (
    <View>
      {s.items.length > 0 && (
        <Text className="qb-section-title" style={{ display: 'block' }}>
          {CARE_COPY.listCount(openCount, s.items.length)}
        </Text>
      )}
      <ListStatus list={s} emptyText={emptyText} onRetry={() => void tasksStore.getState().load()} />
      {s.items.map((t) => (
        <TaskCard key={t.id} task={t} now={now} onOpen={open} />
      ))}
    </View>
  )
}
