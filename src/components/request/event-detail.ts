import { CATEGORY_LABELS, KIND_LABELS, SATISFACTION_LABELS, URGENCY_LABELS } from '@/core/labels'
import type { LifecycleEventType, RequestEvent } from '@/core/lifecycle/events'
import { formatTime } from './format-time'

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
const hasChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s)
const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('：')

/** A unit's name for its id; a generic word when it is not known on this phone. */
export type UnitName = (id: string | null | undefined) => string

const anyUnit: UnitName = (id) => (id ? '后盾单位' : '—')

type Detail<T extends LifecycleEventType> = (ev: Extract<RequestEvent, { type: T }>, unit: UnitName) => string | null

/** The line under each type of timeline entry; a new event type must say what it shows. */
const DETAILS: { [T in LifecycleEventType]: Detail<T> } = {
  submit: (ev) =>
    [ev.kind && KIND_LABELS[ev.kind], ev.category && CATEGORY_LABELS[ev.category], ev.urgency === 'urgent' ? URGENCY_LABELS.urgent : null]
      .filter(Boolean)
      .join(' · ') || null,
  assign: (ev, unit) => `派至${unit(ev.unitId)}，签收时限 ${formatTime(text(ev.signForBy))}`,
  dispatch: (ev, unit) => `派至${unit(ev.unitId)}，签收时限 ${formatTime(text(ev.signForBy))}`,
  pendingDispatch: (ev, unit) => (ev.reason === 'no_liaison' ? `${unit(ev.unitId)}暂无联络员，等待乡镇派单` : '未找到承办单位，等待乡镇派单'),
  signFor: (ev) => (ev.onTime === false ? '超时签收' : ev.onTime === true ? '按时签收' : null),
  return: (ev) => join('退回乡镇重新派单', text(ev.reason)),
  transfer: (ev, unit) => join(`由${unit(ev.fromUnitId)}转至${unit(ev.unitId)}`, text(ev.reason)),
  requestInfo: (ev) => join('请提交人补充', text(ev.question)),
  reply: (ev) => text(ev.text),
  comment: (ev) => text(ev.text),
  requestExtension: (ev) => join(`申请延期 ${String(ev.days)} 个工作日`, text(ev.reason)),
  decideExtension: (ev) => (ev.approve ? `同意延期 ${String(ev.days)} 个工作日，新的办结时限 ${formatTime(text(ev.resolveBy))}` : '不同意延期'),
  resolve: (ev) => text(ev.note),
  confirm: (ev) => [ev.solved ? '问题已解决' : '问题未解决', ev.satisfaction && SATISFACTION_LABELS[ev.satisfaction], text(ev.comment)].filter(Boolean).join('，'),
  reopen: (ev) => `新的办结时限：${formatTime(text(ev.resolveBy))}`,
  close: (ev) => (ev.reason === 'unrated' ? '办结 7 天未评价，自动关闭' : '评价后关闭'),
  withdraw: () => '提交人撤回了诉求',
  supervise: (ev) => join(ev.level === 2 ? '县级督办' : '乡镇督办', text(ev.note)),
  remind: (ev) => {
    const reason = text(ev.reason)
    return reason && hasChinese(reason) ? reason : '办理时间已过大半，请抓紧办理'
  },
  handover: () => null,
}

/** The line under a timeline entry: where it went, and the note, reason or rating it carries. */
export function eventDetail(ev: RequestEvent, unit: UnitName = anyUnit): string | null {
  // an event type from a newer version than this phone's has no line
  const detail = DETAILS[ev.type] as Detail<LifecycleEventType> | undefined
  return detail ? detail(ev, unit) : null
}
