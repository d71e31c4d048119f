/** The Chinese words for request fields, in one place (SPEC §3). */
import type { Category, RequestKind, RequestStatus, Satisfaction, Urgency } from '../../core/types'

export const STATUS_LABELS: Record<RequestStatus, string> = {
  pending_dispatch: '待派单',
  assigned: '待签收',
  in_progress: '办理中',
  awaiting_submitter: '待补充',
  resolved: '已办结待评价',
  closed: '已关闭',
  withdrawn: '已撤回',
}

export const KIND_LABELS: Record<RequestKind, string> = {
  difficulty: '我的困难',
  support: '前帮后援',
}

export const CATEGORY_LABELS: Record<Category, string> = {
  transport: '交通出行',
  office: '办公条件',
  lodging: '食宿保障',
  health: '身体健康/就医',
  family: '家庭困难',
  psych: '心理压力',
  other: '其他',
  funds: '资金项目',
  tech: '技术指导',
  materials: '物资设备',
  policy: '政策咨询',
  sales: '产销对接',
}

export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: '一般',
  urgent: '紧急',
}

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
}

/** Timeline entries: what happened, by event type (SPEC §3.3; unknown types show as 处理记录). */
export const EVENT_LABELS: Record<string, string> = {
  submit: '提交诉求',
  assign: '系统派单',
  pendingDispatch: '待乡镇派单',
  dispatch: '乡镇派单',
  signFor: '签收',
  return: '退单',
  transfer: '转派',
  requestInfo: '要求补充',
  reply: '补充说明',
  requestExtension: '申请延期',
  decideExtension: '延期审批',
  resolve: '办结',
  confirm: '评价',
  reopen: '不满意，重新办理',
  close: '关闭',
  withdraw: '撤回',
  comment: '留言',
  supervise: '督办',
  remind: '催办',
  handover: '人员停用，工作交接',
}

export const eventLabel = (type: string): string => EVENT_LABELS[type] ?? '处理记录'

/** An extension's reason as this viewer may read it (a confidential request's stays with its unit). */
export const extensionReason = (ext: { reason: string; reasonWithheld?: boolean }): string =>
  ext.reasonWithheld ? '已填写（保密事项，仅提交人和承办单位可见）' : ext.reason
