import Tag from '@nutui/nutui-react-taro/dist/es/packages/tag'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import type { RequestStatus } from '@/core/types'
import { STATUS_LABELS } from '@/core/labels'

type TagType = 'default' | 'primary' | 'info' | 'success' | 'danger' | 'warning'

const TAG_TYPES: Record<RequestStatus, TagType> = {
  pending_dispatch: 'warning',
  assigned: 'primary',
  in_progress: 'info',
  awaiting_submitter: 'warning',
  resolved: 'success',
  closed: 'default',
  withdrawn: 'default',
}

export function StatusTag({ status }: { status: RequestStatus }) {
  return <Tag type={TAG_TYPES[status]}>{STATUS_LABELS[status]}</Tag>
}
