import { View, Text } from '@tarojs/components'
import Tag from '@nutui/nutui-react-taro/dist/es/packages/tag'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import type { ServiceRequest } from '@/core/types'
import { countdown, isOverdue } from './deadline'
import { formatTime } from './format-time'
import { CATEGORY_LABELS, SUPERVISION_LABELS, URGENCY_LABELS } from '@/core/labels'
import { StatusTag } from './status-tag'
import './request-card.less'

interface Props {
  request: ServiceRequest
  /** the time the list was loaded, for the 超期 mark */
  now: string
  /** the handling unit's name, when known */
  unitName?: string
  onOpen?: (id: string) => void
  /** show the time left (or over) on the running deadline (the liaison's inbox) */
  showCountdown?: boolean
  /** extra content under the card's lines (e.g. a 派单 button) */
  children?: React.ReactNode
}

export function RequestCard({ request: r, now, unitName, onOpen, showCountdown, children }: Props) {
  const overdue = isOverdue(r, now)
  const left = showCountdown ? countdown(r, now) : null
  return (
    <View className="qb-card" hoverClass="qb-card--pressed" onClick={() => onOpen?.(r.id)}>
      <View className="qb-card__head">
        <Text className="qb-card__no">{r.no}</Text>
        <View className="qb-card__tags">
          {r.urgency === 'urgent' && <Tag type="danger" plain>{URGENCY_LABELS.urgent}</Tag>}
          {r.supervision > 0 && <Tag type="warning">{SUPERVISION_LABELS[r.supervision]}</Tag>}
          {overdue && <Tag type="danger">超期</Tag>}
          <StatusTag status={r.status} />
        </View>
      </View>
      <Text className="qb-card__title">{r.title}</Text>
      <Text className="qb-card__line">类别：{CATEGORY_LABELS[r.category] ?? r.category}</Text>
      <Text className="qb-card__line">承办单位：{r.assignedUnitId ? (unitName ?? '已派至后盾单位') : '待乡镇派单'}</Text>
      {r.status === 'assigned' && <Text className="qb-card__line">签收时限：{formatTime(r.signForBy)}</Text>}
      {r.resolveBy && <Text className="qb-card__line">办结时限：{formatTime(r.resolveBy)}</Text>}
      {left && <Text className={left.overdue ? 'qb-card__countdown qb-card__countdown--over' : 'qb-card__countdown'}>{left.text}</Text>}
      {children}
    </View>
  )
}
