import { View, Text } from '@tarojs/components'
import type { CareTaskView } from '../../../core/care-types'
import { MODE_LABELS } from '../copy'
import { formatTime, reasonsText, statusOf } from '../lib/format'
import './care.less'

/** A care task in a list: name, reasons, status and dates — never notes or summaries. */
export function TaskCard({ task, now, onOpen }: { task: CareTaskView; now: string; onOpen: (id: string) => void }) {
  const status = statusOf(task, now)
  return (
    <View className="qb-care-card" onClick={() => onOpen(task.id)}>
      <View className="qb-care-card__head">
        <Text className="qb-care-card__name">{task.cadreName}</Text>
        <Text className={status.className}>{status.label}</Text>
      </View>
      <Text className="qb-care-card__line">原因：{reasonsText(task)}</Text>
      {task.talk ? (
        <Text className="qb-care-card__line">
          已于 {task.talk.date} {MODE_LABELS[task.talk.mode]}谈心
        </Text>
      ) : (
        <Text className="qb-care-card__line">请于 {formatTime(task.dueBy)} 前谈心谈话</Text>
      )}
    </View>
  )
}
