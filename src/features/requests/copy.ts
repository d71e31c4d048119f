/** Every word of the request screens (Simplified Chinese, one place). */
import type { ListBox } from '@/core/contract'
import { ACTION_LABELS } from '@/core/labels'
import type { FormAction } from './lib/action-forms'

const workdays = (n: number) => `${n} 个工作日`
const photosHint = (max: number) => `选填，最多 ${max} 张`

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

/** The words inside the action forms, and what their checks say (lib/action-forms.ts). */
export const FORM_COPY = {
  yes: '是',
  no: '否',
  days: (n: number) => `${n} 天`,
  solved: '问题是否解决',
  satisfaction: '满意程度',
  satisfactionHint: '选“不满意”将重新办理',
  extensionDays: '延期天数',
  extensionDaysHint: '工作日，最多 10 天',
  photos: '现场照片',
  photosHint,
  cancel: '取消',
  fill: (what: string) => `请填写${what}`,
  atLeast: (what: string, min: number) => `${what}至少 ${min} 个字`,
  what: {
    return: '退单理由',
    transfer: '转派理由',
    requestInfo: '需要补充的内容',
    reply: '补充说明',
    requestExtension: '延期理由',
    resolve: '办结说明',
    comment: '留言内容',
    supervise: '督办意见',
  },
  pickUnit: '请选择承办单位',
  pickTransferUnit: '请选择转派单位',
  pickDays: '请选择延期天数（1–10 个工作日）',
  tooManyPhotos: '照片最多 6 张',
  pickRating: '请选择问题是否解决和满意程度',
} as const

/** Each list screen's title (by box) and what an empty list says. */
export const BOX_TITLES: Record<ListBox, string> = {
  mine: '我的诉求',
  unit: '待办工单',
  township: '本乡镇诉求',
  county: '全县诉求',
}
export const LIST_COPY = { empty: '暂无诉求', emptyMine: '还没有提交过诉求' } as const

/** The submit form, and what to tell the user about each field whatever the schema's English says. */
export const SUBMIT_COPY = {
  kind: '诉求类型',
  category: '类别',
  title: '标题',
  titlePlaceholder: '一句话说明（4–40 字）',
  description: '详细描述',
  optional: '选填',
  descriptionPlaceholder: '具体情况、需要什么帮助（不超过 1000 字）',
  photos: '照片',
  photosHint,
  urgency: '紧急程度',
  submit: '提交诉求',
  fieldErrors: {
    kind: '请选择诉求类型',
    category: '请选择诉求类别',
    title: '标题需为 4–40 个字',
    description: '详细描述不超过 1000 字',
    urgency: '请选择紧急程度',
    attachments: '照片最多 6 张，请删去几张',
    clientRequestId: '草稿已失效，请重新填写',
  } as Record<string, string>,
  checkFields: '请检查填写的内容',
} as const

/** The detail screen: fields, marks, the timeline's title, the withdraw dialog, who did what. */
export const DETAIL_COPY = {
  fields: {
    no: '编号',
    kind: '类型',
    urgency: '紧急程度',
    unit: '承办单位',
    submitter: '提交人',
    village: '所在村',
    handler: '承办人',
    phone: (who: string) => `${who}电话`,
    signForBy: '签收时限',
    signedAt: '签收时间',
    resolveBy: '办结时限',
    resolvedAt: '办结时间',
    extension: '延期申请',
    rating: '评价结果',
  },
  dispatchedToUnit: '已派至后盾单位',
  awaitingDispatch: '待乡镇派单',
  /** a unit the directory does not name */
  aUnit: '后盾单位',
  workdays,
  extensionLine: (days: number, status: string) => `${workdays(days)} · ${status}`,
  extensionStatus: { pending: '待审批', approved: '已同意', denied: '未同意' },
  extensionAsked: (days: number) => `延期申请：${workdays(days)}`,
  solved: '已解决',
  unsolved: '未解决',
  overdue: '超期',
  resolutionNote: '办结说明',
  timeline: '办理过程',
  withdraw: { title: '撤回诉求', content: '撤回后将不再办理，确定撤回吗？', confirmText: '撤回', cancelText: '再想想' },
  actors: { system: '系统', me: '我', submitter: '提交人', staff: '工作人员' },
  /** the outbox item's title while a reply or a rating waits to be sent */
  queued: (action: 'reply' | 'confirm', title: string) => `${ACTION_LABELS[action]}（${title}）`,
} as const
