import type { RequestEvent } from '../../core/types'
import { formatTime } from './format-time'
import { CATEGORY_LABELS, KIND_LABELS, SATISFACTION_LABELS } from './labels'

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
const hasChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s)
const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('：')

/** A unit's name for its id; a generic word when it is not known on this phone. */
export type UnitName = (id: string | null | undefined) => string

const anyUnit: UnitName = (id) => (id ? '后盾单位' : '—')

/** The line under a timeline entry: where it went, and the note, reason or rating it carries. */
export function eventDetail(ev: RequestEvent, unit: UnitName = anyUnit): string | null {
  switch (ev.type) {
    case 'submit': {
      const kind = KIND_LABELS[ev.kind as keyof typeof KIND_LABELS]
      const category = CATEGORY_LABELS[ev.category as keyof typeof CATEGORY_LABELS]
      return [kind, category, ev.urgency === 'urgent' ? '紧急' : null].filter(Boolean).join(' · ') || null
    }
    case 'assign':
    case 'dispatch':
      return `派至${unit(ev.unitId as string)}，签收时限 ${formatTime(text(ev.signForBy))}`
    case 'pendingDispatch':
      return ev.reason === 'no_liaison' ? `${unit(ev.unitId as string)}暂无联络员，等待乡镇派单` : '未找到承办单位，等待乡镇派单'
    case 'signFor':
      return ev.onTime === false ? '超时签收' : ev.onTime === true ? '按时签收' : null
    case 'return':
      return join('退回乡镇重新派单', text(ev.reason))
    case 'transfer':
      return join(`由${unit(ev.fromUnitId as string)}转至${unit(ev.unitId as string)}`, text(ev.reason))
    case 'requestInfo':
      return join('请提交人补充', text(ev.question))
    case 'reply':
    case 'comment':
      return text(ev.text)
    case 'requestExtension':
      return join(`申请延期 ${String(ev.days)} 个工作日`, text(ev.reason))
    case 'decideExtension':
      return ev.approve ? `同意延期 ${String(ev.days)} 个工作日，新的办结时限 ${formatTime(text(ev.resolveBy))}` : '不同意延期'
    case 'resolve':
      return text(ev.note)
    case 'confirm': {
      const sat = SATISFACTION_LABELS[ev.satisfaction as keyof typeof SATISFACTION_LABELS]
      return [ev.solved ? '问题已解决' : '问题未解决', sat, text(ev.comment)].filter(Boolean).join('，')
    }
    case 'reopen':
      return `新的办结时限：${formatTime(text(ev.resolveBy))}`
    case 'close':
      return ev.reason === 'unrated' ? '办结 7 天未评价，自动关闭' : '评价后关闭'
    case 'withdraw':
      return '提交人撤回了诉求'
    case 'supervise':
      return join(ev.level === 2 ? '县级督办' : '乡镇督办', text(ev.note))
    case 'remind': {
      const reason = text(ev.reason)
      return reason && hasChinese(reason) ? reason : '办理时间已过大半，请抓紧办理'
    }
    default:
      return null
  }
}

/** Photos an event carries (办结 photos). */
export const eventPhotos = (ev: RequestEvent): string[] =>
  Array.isArray(ev.photos) ? ev.photos.filter((p): p is string => typeof p === 'string') : []
