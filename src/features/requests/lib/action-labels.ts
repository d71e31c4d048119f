import type { CommandType } from '../../../core/lifecycle/commands'
import type { FormAction } from './action-forms'

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

/** Big primary buttons; the other actions sit below them as outlined ones. */
export const PRIMARY_ACTIONS: readonly CommandType[] = ['signFor', 'dispatch', 'resolve', 'confirm', 'reply']
