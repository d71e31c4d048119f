import { View, Text } from '@tarojs/components'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import type { ContactPerson, RequestView } from '@/core/contacts'
import { PhotoGrid } from '@/components/photos/photo-grid'
import { formatTime } from '@/components/request/format-time'
import { CATEGORY_LABELS, KIND_LABELS, SATISFACTION_LABELS, SUPERVISION_LABELS, URGENCY_LABELS } from '@/core/labels'
import { StatusTag } from '@/components/request/status-tag'
import { DETAIL_COPY } from '../copy'
import './request-fields.less'

const F = DETAIL_COPY.fields

interface Props {
  request: RequestView
  unitName?: string
  overdue: boolean
}

// The phone on its own row: a number must never break across lines.
const person = (who: string, p: ContactPerson): [string, string][] => (p.phone ? [[who, p.name], [F.phone(who), p.phone]] : [[who, p.name]])

/** Only what the server let this viewer see (core/contacts.ts decides). */
function contactRows({ contacts: c }: RequestView): [string, string][] {
  const rows: [string, string][] = []
  if (c?.submitter) rows.push(...person(F.submitter, c.submitter))
  if (c?.village) rows.push([F.village, c.village])
  if (c?.handler) rows.push(...person(F.handler, c.handler))
  return rows
}

/** Everything a reader needs to know about one request, above its timeline. */
export function RequestFields({ request: r, unitName, overdue }: Props) {
  const rows: [string, string][] = [
    [F.no, r.no],
    [F.kind, `${KIND_LABELS[r.kind]} · ${CATEGORY_LABELS[r.category] ?? r.category}`],
    [F.urgency, URGENCY_LABELS[r.urgency]],
    [F.unit, r.assignedUnitId ? (unitName ?? DETAIL_COPY.dispatchedToUnit) : DETAIL_COPY.awaitingDispatch],
    ...contactRows(r),
    [F.signForBy, formatTime(r.signForBy)],
    [F.signedAt, formatTime(r.signedAt)],
    [F.resolveBy, formatTime(r.resolveBy)],
  ]
  if (r.resolvedAt) rows.push([F.resolvedAt, formatTime(r.resolvedAt)])
  if (r.extension) rows.push([F.extension, DETAIL_COPY.extensionLine(r.extension.days, DETAIL_COPY.extensionStatus[r.extension.status])])
  if (r.rating) {
    rows.push([F.rating, `${r.rating.solved ? DETAIL_COPY.solved : DETAIL_COPY.unsolved} · ${SATISFACTION_LABELS[r.rating.satisfaction]}`])
  }
  return (
    <View className="qb-fields">
      <View className="qb-fields__head">
        <Text className="qb-fields__title">{r.title}</Text>
        <View className="qb-fields__status">
          <StatusTag status={r.status} />
          {overdue && <Text className="qb-fields__overdue">{DETAIL_COPY.overdue}</Text>}
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
          <Text className="qb-fields__label">{DETAIL_COPY.resolutionNote}</Text>
          <Text>{r.resolutionNote}</Text>
          <PhotoGrid photos={r.resolutionPhotos ?? []} urls={r.fileUrls} />
        </View>
      )}
    </View>
  )
}
