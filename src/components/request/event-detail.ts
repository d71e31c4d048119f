import type { RequestEvent } from '../../core/types'
import { formatTime } from './format-time'
import { SATISFACTION_LABELS } from './labels'

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** The one line under a timeline entry: the note, reason or rating the event carries. */
export function eventDetail(ev: RequestEvent): string | null {
  switch (ev.type) {
    case 'signFor':
      return ev.onTime === false ? '超时签收' : ev.onTime === true ? '按时签收' : null
    case 'return':
    case 'transfer':
    case 'requestExtension':
      return text(ev.reason)
    case 'requestInfo':
      return text(ev.question)
    case 'reply':
    case 'comment':
      return text(ev.text)
    case 'resolve':
      return text(ev.note)
    case 'supervise':
      return text(ev.note)
    case 'decideExtension':
      return ev.approve ? `同意延期 ${String(ev.days)} 个工作日` : '不同意延期'
    case 'reopen':
      return `新的办结时限：${formatTime(text(ev.resolveBy))}`
    case 'close':
      return ev.reason === 'unrated' ? '办结 7 天未评价，自动关闭' : null
    case 'confirm': {
      const sat = SATISFACTION_LABELS[ev.satisfaction as keyof typeof SATISFACTION_LABELS]
      const parts = [ev.solved ? '问题已解决' : '问题未解决', sat, text(ev.comment)].filter(Boolean)
      return parts.join('，')
    }
    default:
      return null
  }
}
