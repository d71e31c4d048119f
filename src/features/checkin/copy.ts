/** Every word of the check-in screens (Simplified Chinese, one place): check-in, consent, history, health file. */

export const CONSENT_TITLE = '健康信息处理告知与同意'
export const CONSENT_PARAGRAPHS = [
  '为关心关爱驻村干部身心健康，“前帮后援”将收集您每日填报的身体状况、心情、压力和备注，以及您填写的体检、休假、意外保险信息。',
  '上述信息属于敏感个人信息，仅用于组织关怀：您本人可随时查看；当系统发现需要关心的情况时，您派出单位负责跟进的联络员在关怀任务办理期间可以查看您的打卡内容和备注。',
  '乡镇党委书记只能看到打卡率以及关怀任务的姓名、原因和办理状态，看不到您的备注和谈话记录；县委组织部只能看到统计数字。',
  '您可以不同意，不影响使用诉求等其他功能；同意后如需撤回，请联系派出单位联络员。',
]

export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export const CHECKIN_COPY = {
  /** the outbox item's title while the answers wait to be sent */
  outboxTitle: '健康打卡',
  doneToday: (health: string) => `今日已打卡（${health}），可修改后再次提交`,
  health: '身体状况',
  mood: '心情',
  moodHint: '1 很差 — 5 很好',
  stress: '工作压力',
  note: '备注',
  noteHint: '选填，仅本人和跟进的联络员可见',
  notePlaceholder: '想说的话',
  wantsContact: '希望组织联系我',
  submit: '提交打卡',
  history: '打卡记录',
  healthFile: '健康档案',
  consentVersion: (version: string) => `文本版本：${version}`,
  agree: '同意并开始打卡',
  noHistory: '近 30 天还没有打卡',
  trendTitle: (n: number) => `心情趋势（近 30 天 ${n} 次打卡）`,
  trend: '心情趋势',
  moodOf: (mood: string) => `心情${mood}`,
  stressOf: (stress: string) => `压力${stress}`,
} as const

export const HEALTH_FILE_COPY = {
  title: '健康档案',
  fields: {
    lastExamDate: { label: '上次体检日期', placeholder: '点此选择日期' },
    leaveEntitled: { label: '今年应休天数', placeholder: '如 10' },
    leaveTaken: { label: '今年已休天数', placeholder: '如 3' },
    insuranceUntil: { label: '意外险有效期至', placeholder: '点此选择日期' },
  },
  days: '天',
  notFilled: '未填写',
  fieldValue: (label: string, value: string) => `${label}：${value}`,
  clear: '清空',
  save: '保存',
  edit: '修改',
  remindersNote: '体检超过 12 个月、意外险 30 天内到期时，系统会提醒您。',
  badDate: '日期请按 2026-03-01 的格式填写',
  badDays: '休假天数请填写数字',
  takenOverEntitled: '已休天数不能超过应休天数',
  examDue: (lastExamDate: string | null | undefined) =>
    lastExamDate ? `上次体检是 ${lastExamDate}，已超过 12 个月，请尽快安排体检` : '还没有登记体检日期，请填写或尽快安排体检',
  insuranceEnded: (until: string) => `意外险已于 ${until} 到期，请尽快续保`,
  insuranceEnding: (until: string) => `意外险将于 ${until} 到期（30 天内），请及时续保`,
} as const
