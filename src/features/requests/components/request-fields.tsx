import { View, Text } from '@tarojs/components'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import type { ContactPerson, RequestView } from '../../../core/contacts'
import { PhotoGrid } from '../../../components/photos/photo-grid'
import { formatTime } from '../../../components/request/format-time'
import { CATEGORY_LABELS, KIND_LABELS, SATISFACTION_LABELS, SUPERVISION_LABELS, URGENCY_LABELS } from '../../../core/labels'
import { StatusTag } from '../../../components/request/status-tag'
import './request-fields.less'

const EXTENSION_LABELS = { pending: '待审批', approved: '已同意', denied: '未同意' } as const

interface Props {
  request: RequestView
  unitName?: string
  overdue: boolean
}

// The phone on its own row: a number must never break across lines.
const person = (who: string, p: ContactPerson): [string, string][] => (p.phone ? [[who, p.name], [`${who}电话`, p.phone]] : [[who, p.name]])

/** Only what the server let this viewer see (core/contacts.ts decides). */
function contactRows({ contacts: c }: RequestView): [string, string][] {
  const rows: [string, string][] = []
  if (c?.submitter) rows.push(...person('提交人', c.submitter))
  if (c?.village) rows.push(['所在村', c.village])
  if (c?.handler) rows.push(...person('承办人', c.handler))
  return rows
}

/** Everything a reader needs to know about one request, above its timeline. */
export function RequestFields({ request: r, unitName, overdue }: Props) {
  const rows: [string, string][] = [
    ['编号', r.no],
    ['类型', `${KIND_LABELS[r.kind]} · ${CATEGORY_LABELS[r.category] ?? r.category}`],
    ['紧急程度', URGENCY_LABELS[r.urgency]],
    ['承办单位', r.assignedUnitId ? (unitName ?? '已派至后盾单位') : '待乡镇派单'],
    ...contactRows(r),
    ['签收时限', formatTime(r.signForBy)],
    ['签收时间', formatTime(r.signedAt)],
    ['办结时限', formatTime(r.resolveBy)],
  ]
  if (r.resolvedAt) rows.push(['办结时间', formatTime(r.resolvedAt)])
  if (r.extension) rows.push(['延期申请', `${r.extension.days} 个工作日 · ${EXTENSION_LABELS[r.extension.status]}`])
  if (r.rating) {
    rows.push(['评价结果', `${r.rating.solved ? '已解决' : '未解决'} · ${SATISFACTION_LABELS[r.rating.satisfaction]}`])
  }
  return (
    <View className="qb-fields">
      <View className="qb-fields__head">
        <Text className="qb-fields__title">{r.title}</Text>
        <View className="qb-fields__status">
          <StatusTag status={r.status} />
          {overdue && <Text className="qb-fields__overdue">超期</Text>}
          {r.supervision > 0 && <Text className="qb-fields__overdue">{SUPERVISION_LABELS[r.supervision]}</Text>}
        </View>
      </View>
      {r.description && <Text className="qb-fields__desc">{r.description}</Text>}
      {r.attachments.length > 0 && (
        <View className="qb-fields__photos">
          <PhotoGrid photos={r.attachments} urls={r.fileUrls} />
        </View>
      )}
      <CellGroup>
        {rows.map(([title, value]) => (
          <Cell key={title} title={title} extra={value} />
        ))}
      </CellGroup>
      {r.resolutionNote && (
        <View className="qb-fields__note">
          <Text className="qb-fields__label">办结说明</Text>
          <Text>{r.resolutionNote}</Text>
          <PhotoGrid photos={r.resolutionPhotos ?? []} urls={r.fileUrls} />
        </View>
      )}
    </View>
  )
}
