import { ACTION_LABELS } from '@/core/labels'
import type { OutboxItem } from '@/services/outbox'

export const STATE_LABELS: Record<OutboxItem['state'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已发送',
  failed: '未能发送',
}

export const KIND_LABELS: Record<OutboxItem['kind'], string> = {
  request: '诉求',
  checkin: '健康打卡',
  reply: ACTION_LABELS.reply,
  confirm: ACTION_LABELS.confirm,
}

export const OUTBOX_COPY = {
  heading: '手机上的提交',
  pendingHint: '已保存在手机上，网络恢复后自动发送',
  sentHint: '已送达',
  retry: '重新发送',
  remove: '删除',
  open: '查看',
}

/** What the user can do about a refusal, by code (the message itself comes from error-messages). */
export const FAILED_HINTS: Record<string, string> = {
  'REQUEST.BAD_STATE': '诉求已有新进展，请打开诉求查看后重新操作，或删除此条',
  'INPUT.INVALID': '内容不符合要求，请删除此条后重新填写',
  'CHECKIN.CONSENT_REQUIRED': '请先打开健康打卡阅读并同意说明，再点重新发送',
  'REQUEST.NOT_FOUND': '诉求已无法查看，请删除此条',
  'AUTH.FORBIDDEN': '您已无权进行此操作，请删除此条',
}
export const FAILED_DEFAULT_HINT = '请稍后点重新发送，或删除此条'
