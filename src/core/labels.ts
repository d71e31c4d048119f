/**
 * The Chinese words for each value of the domain's enums, one set per enum, shared by the app's
 * screens and the functions' reports (the `.xlsx` export). A feature's own sentences stay in its
 * `copy.ts`; a word that names a value of the domain lives here.
 */
import type { CareReason, CareTaskStatus, Health, Stress, TalkMode } from './care-types'
import type { CommandType } from './lifecycle/commands'
import type { LifecycleEventType } from './lifecycle/events'
import type { Category, RequestKind, RequestStatus, Role, Satisfaction, ServiceRequest, Urgency } from './types'

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

/** A request's `supervision` level (SPEC §3.5). */
export const SUPERVISION_LABELS: Record<ServiceRequest['supervision'], string> = {
  0: '未督办',
  1: '督办',
  2: '县级督办',
}

/** Each action on a request: its button (the e2e test clicks 签收, 办结, 评价 by these words). */
export const ACTION_LABELS: Record<CommandType, string> = {
  signFor: '签收',
  dispatch: '派单',
  return: '退单',
  transfer: '转派',
  requestInfo: '要求补充',
  reply: '补充说明',
  requestExtension: '申请延期',
  decideExtension: '延期审批',
  resolve: '办结',
  confirm: '评价',
  withdraw: '撤回',
  comment: '留言',
  supervise: '督办',
}

/** Timeline entries: what happened, by event type (SPEC §3.3). */
export const EVENT_LABELS: Record<LifecycleEventType, string> = {
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

/** An event's words; a type from a newer version than this phone's shows as 处理记录. */
export const eventLabel = (type: string): string => (EVENT_LABELS as Record<string, string>)[type] ?? '处理记录'

/** An extension's reason as this viewer may read it (a confidential request's stays with its unit). */
export const extensionReason = (ext: { reason: string; reasonWithheld?: boolean }): string =>
  ext.reasonWithheld ? '已填写（保密事项，仅提交人和承办单位可见）' : ext.reason

export const ROLE_LABELS: Record<Role, string> = {
  cadre: '驻村干部',
  liaison: '后盾单位联络员',
  secretary: '乡镇党委书记',
  county: '县委组织部',
  admin: '管理员',
}

/** Why a cadre needs care (SPEC §4). */
export const CARE_REASON_LABELS: Record<CareReason, string> = {
  unwell: '连续身体不适',
  low_mood: '连续心情低落',
  high_stress: '连续压力较大',
  asked: '希望组织联系',
  missed: '连续未打卡',
}

export const CARE_TASK_STATUS_LABELS: Record<CareTaskStatus, string> = { open: '待谈心', closed: '已谈心' }
export const TALK_MODE_LABELS: Record<TalkMode, string> = { in_person: '当面', phone: '电话', video: '视频' }

/** A check-in's answers (SPEC §4). */
export const HEALTH_LABELS: Record<Health, string> = { good: '良好', fair: '一般', unwell: '不适' }
export const STRESS_LABELS: Record<Stress, string> = { low: '轻松', medium: '一般', high: '较大' }
export const MOOD_LABELS: Record<number, string> = { 1: '很差', 2: '较差', 3: '一般', 4: '较好', 5: '很好' }
