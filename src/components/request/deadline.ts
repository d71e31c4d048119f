import type { ServiceRequest } from '@/core/types'
import { toEpoch } from '@/core/time'

/** The deadline the handler is working against now: sign-for while unsigned, then resolve. */
export function nextDeadline(req: ServiceRequest): string | null {
  switch (req.status) {
    case 'assigned':
      return req.signForBy
    case 'in_progress':
      return req.resolveBy
    case 'awaiting_submitter':
      return req.resolveBy
    default:
      return null
  }
}

/** Past its deadline; not while waiting for the submitter (the clock is paused, SPEC §3.5). */
export function isOverdue(req: ServiceRequest, now: string | number): boolean {
  if (req.status === 'awaiting_submitter') return false
  const due = nextDeadline(req)
  return due !== null && toEpoch(due) < toEpoch(now)
}

/** Nearest deadline first; requests without one go last, newest first among them. */
export function byNearestDeadline(a: ServiceRequest, b: ServiceRequest): number {
  const da = nextDeadline(a)
  const db = nextDeadline(b)
  if (da && db) return toEpoch(da) - toEpoch(db)
  if (da) return -1
  if (db) return 1
  return toEpoch(b.createdAt) - toEpoch(a.createdAt)
}

const HOUR_MS = 3_600_000

/** What the handler reads at a glance: 签收剩余 3 小时, 办结剩余 2 天, 办结超期 5 小时; null when no clock runs. */
export function countdown(req: ServiceRequest, now: string | number): { text: string; overdue: boolean } | null {
  const due = nextDeadline(req)
  if (!due) return null
  const what = req.status === 'assigned' ? '签收' : '办结'
  if (req.status === 'awaiting_submitter') return { text: '等待补充，计时暂停', overdue: false }
  const left = toEpoch(due) - toEpoch(now)
  const span = Math.abs(left)
  const amount = span < HOUR_MS ? '不到 1 小时' : span < 24 * HOUR_MS ? `${Math.floor(span / HOUR_MS)} 小时` : `${Math.floor(span / (24 * HOUR_MS))} 天`
  return left >= 0 ? { text: `${what}剩余 ${amount}`, overdue: false } : { text: `${what}超期 ${amount}`, overdue: true }
}
