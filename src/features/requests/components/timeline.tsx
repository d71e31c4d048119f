import { View, Text } from '@tarojs/components'
import type { RequestEvent } from '../../../core/types'
import { eventDetail } from '../../../components/request/event-detail'
import { formatTime } from '../../../components/request/format-time'
import { eventLabel } from '../../../components/request/labels'
import './timeline.less'

interface Props {
  events: RequestEvent[]
  /** a name for an actorId, or a generic word (系统, 提交人, 承办人) */
  actorName: (ev: RequestEvent) => string
}

/** The whole audit trail, oldest first, as it happened. */
export function Timeline({ events, actorName }: Props) {
  return (
    <View className="qb-timeline">
      <Text className="qb-section-title">办理过程</Text>
      {events.map((ev, i) => {
        const detail = eventDetail(ev)
        return (
          <View key={`${ev.at}-${i}`} className="qb-timeline__item">
            <View className="qb-timeline__dot" />
            <View className="qb-timeline__body">
              <Text className="qb-timeline__what">{eventLabel(ev.type)}</Text>
              <Text className="qb-timeline__meta">
                {actorName(ev)} · {formatTime(ev.at)}
              </Text>
              {detail && <Text className="qb-timeline__detail">{detail}</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}
