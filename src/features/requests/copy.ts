/** Every word of the request screens (Simplified Chinese, one place). */
import type { CommandType } from '../../core/lifecycle/commands'
import type { FormAction } from './lib/action-forms'

/** The button for each action (the e2e test clicks 签收, 办结, 评价 by these words). */
export const ACTION_LABELS: Record<Exclude<CommandType, 'decideExtension'>, string> = {
  signFor: '签收',
  dispatch: '派单',
  return: '退单',
  transfer: '转派',
  requestInfo: '要求补充',
  reply: '补充说明',
  requestExtension: '申请延期',
  resolve: '办结',
  confirm: '评价',
  withdraw: '撤回',
  comment: '留言',
  supervise: '督办',
}

export interface FormSpec {
  /** label of the text box; none: the form has no text box of its own */
  textLabel?: string
  textHint?: string
  placeholder?: string
  maxLength?: number
  unit?: '承办单位' | '转至单位'
  days?: boolean
  photos?: boolean
  confirm?: boolean
  submit: string
}

/** What each action's form asks for, and the words on its send button. */
export const FORM_SPECS: Record<FormAction, FormSpec> = {
  return: { textLabel: '退单理由', textHint: '至少 5 个字', placeholder: '为什么不属于本单位办理', maxLength: 500, submit: '确认退单' },
  dispatch: { unit: '承办单位', submit: '确认派单' },
  transfer: { unit: '转至单位', textLabel: '转派理由', textHint: '至少 5 个字', placeholder: '为什么转给该单位', maxLength: 500, submit: '确认转派' },
  requestInfo: { textLabel: '需要补充什么', placeholder: '请提交人补充的情况或材料', maxLength: 500, submit: '发送' },
  reply: { textLabel: '补充说明', placeholder: '回答承办人的问题', maxLength: 1000, submit: '提交补充' },
  requestExtension: { days: true, textLabel: '延期理由', textHint: '至少 5 个字', maxLength: 500, submit: '提交申请' },
  resolve: { textLabel: '办结说明', textHint: '至少 5 个字', placeholder: '办理了什么、结果如何', maxLength: 1000, photos: true, submit: '确认办结' },
  confirm: { confirm: true, textLabel: '意见建议', textHint: '选填', maxLength: 500, submit: '提交评价' },
  comment: { textLabel: '留言', placeholder: '说明情况或提醒', maxLength: 500, submit: '发送留言' },
  supervise: { textLabel: '督办意见', placeholder: '督办要求和时限', maxLength: 500, submit: '确认督办' },
}

/** The words of the block that says what the request waits on from the viewer. */
export const ASK_COPY = {
  reply: { title: '待您补充', lead: '承办人问：' },
  confirm: { title: '待您评价', lead: '办结说明：' },
  signFor: { title: '待您签收', lead: '签收时限：' },
  decideExtension: { title: '待您审批延期', lead: '申请延期：' },
  approve: '同意延期',
  deny: '不同意',
  askedAt: '提问时间：',
  reason: '理由：',
} as const

/** The words of the township and county list filters. */
export const FILTER_COPY = {
  searchLabel: '搜索编号或标题',
  searchPlaceholder: '如 QB20261123-48213 或 “大棚”',
  search: '搜索',
  status: '状态',
  all: '全部',
  unit: '承办单位',
  village: '村',
  overdue: '只看超期',
  clear: '清除筛选',
  pick: '全部',
} as const
