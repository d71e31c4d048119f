import { View, Text } from '@tarojs/components'
import type { RequestEvent } from '@/core/types'
import { PhotoGrid } from '@/components/photos/photo-grid'
import { eventDetail, type UnitName } from '@/components/request/event-detail'
import { formatTime } from '@/components/request/format-time'
import { eventLabel } from '@/core/labels'
import { eventPhotos } from '@/core/visibility'
import { DETAIL_COPY } from '../copy'
import './timeline.less'

interface Props {
  events: RequestEvent[]
  /** a name for an actorId, or a generic word (系统, 提交人, 工作人员) */
  actorName: (ev: RequestEvent) => string
  unitName?: UnitName
  /** short-lived URLs of the photos, by fileID (the request's `fileUrls`) */
  fileUrls?: Record<string, string>
}

/** The whole audit trail, oldest first, as it happened: what, who, when (Beijing time), details. */
export function Timeline({ events, actorName, unitName, fileUrls }: Props) {
  return (
    <View className="qb-timeline">
      <Text className="qb-section-title">{DETAIL_COPY.timeline}</Text>
      {events.map((ev, i) => {
        const detail = eventDetail(ev, unitName)
        return (
          <View key={`${ev.at}-${i}`} className="qb-timeline__item" data-event={ev.type}>
            <View className={ev.type === 'supervise' || ev.type === 'remind' ? 'qb-timeline__dot qb-timeline__dot--alert' : 'qb-timeline__dot'} />
            <View className="qb-timeline__body">
              <Text className="qb-timeline__what">{eventLabel(ev.type)}</Text>
              <Text className="qb-timeline__meta">
                {actorName(ev)} · {formatTime(ev.at)}
              </Text>
              {detail && <Text className="qb-timeline__detail">{detail}</Text>}
              <PhotoGrid photos={eventPhotos(ev)} urls={fileUrls} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
