import { formatTime } from '@/components/request/format-time'
import { isCareOverdue } from '@/core/care'
import type { CareTaskView } from '@/core/care-types'
import { CARE_REASON_LABELS, CARE_TASK_STATUS_LABELS } from '@/core/labels'
import { CARE_COPY } from '../copy'

export const reasonsText = (t: CareTaskView) => t.reasons.map((r) => CARE_REASON_LABELS[r.reason]).join('、')

/** 待谈心 / 已超期 / 已谈心, with the class that colours it. */
export function statusOf(t: CareTaskView, now: string): { label: string; className: string } {
  if (isCareOverdue(t, now)) return { label: CARE_COPY.overdue, className: 'qb-care-card__status qb-care-card__status--overdue' }
  if (t.status === 'closed') return { label: CARE_TASK_STATUS_LABELS.closed, className: 'qb-care-card__status qb-care-card__status--closed' }
  return { label: CARE_TASK_STATUS_LABELS.open, className: 'qb-care-card__status' }
}

export { formatTime }
