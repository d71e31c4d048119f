import { View, Text } from '@tarojs/components'
import type { CareTaskView } from '@/core/care-types'
import { TALK_MODE_LABELS } from '@/core/labels'
import { CARE_COPY } from '../copy'
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
      <Text className="qb-care-card__line">{CARE_COPY.reasons(reasonsText(task))}</Text>
      {task.talk ? (
        <Text className="qb-care-card__line">{CARE_COPY.talkedOn(task.talk.date, TALK_MODE_LABELS[task.talk.mode])}</Text>
      ) : (
        <Text className="qb-care-card__line">{CARE_COPY.talkBy(formatTime(task.dueBy))}</Text>
      )}
    </View>
  )
}
