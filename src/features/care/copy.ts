/** Every word of the care screens (Simplified Chinese, one place). */
import type { CareReason, CareTaskStatus, TalkMode } from '../../core/care-types'

export const REASON_LABELS: Record<CareReason, string> = {
  unwell: '连续身体不适',
  low_mood: '连续心情低落',
  high_stress: '连续压力较大',
  asked: '希望组织联系',
  missed: '连续未打卡',
}
export const STATUS_LABELS: Record<CareTaskStatus, string> = { open: '待谈心', closed: '已谈心' }
export const MODE_LABELS: Record<TalkMode, string> = { in_person: '当面', phone: '电话', video: '视频' }

export const HEALTH_TEXT = { good: '身体良好', fair: '身体一般', unwell: '身体不适' } as const
export const MOOD_TEXT: Record<number, string> = { 1: '很差', 2: '较差', 3: '一般', 4: '较好', 5: '很好' }
export const STRESS_TEXT = { low: '轻松', medium: '一般', high: '较大' } as const

export const CARE_COPY = {
  checkinRate: (workdays: number) => `近 ${workdays} 个工作日打卡率`,
  openTasks: '待谈心',
  closedLast30Days: '近 30 天已谈心',
  /** `reasons`: "连续身体不适 2，…"; empty when no task is open */
  cadres: (n: number, reasons: string) => `驻村干部 ${n} 人${reasons ? `；待谈心原因：${reasons}` : ''}`,
  reasonCount: (reason: string, n: number) => `${reason} ${n}`,
  listCount: (open: number, all: number) => `待谈心 ${open} 件，共 ${all} 件`,
  noTasksTownship: '本乡镇暂无关怀任务',
  noTasksUnit: '本单位派出的干部暂无关怀任务',
  reasons: (text: string) => `原因：${text}`,
  talkedOn: (date: string, mode: string) => `已于 ${date} ${mode}谈心`,
  talkBy: (time: string) => `请于 ${time} 前谈心谈话`,
  openedAt: (time: string) => `发起：${time}`,
  dueBy: (time: string) => `时限：${time}`,
  talk: (date: string, mode: string) => `谈心：${date} ${mode}`,
  talkSummary: (summary: string) => `谈话情况：${summary}`,
  recentCheckins: '近 14 天打卡（仅办理期间可见）',
  noCheckins: '暂无打卡',
  checkinLine: (date: string, health: string, mood: string, stress: string, wantsContact: boolean) =>
    `${date} · ${health} · 心情${mood} · 压力${stress}${wantsContact ? ' · 希望联系' : ''}`,
  note: (note: string) => `备注：${note}`,
  overdue: '已超期',
  formTitle: '记录谈心谈话',
  date: '谈话日期',
  pickDate: '选择日期',
  mode: '谈话方式',
  summary: '谈话情况',
  summaryHint: '至少 5 个字，仅您本人可见',
  summaryPlaceholder: '了解到的情况、提供的帮助、后续安排',
  save: '保存并办结',
  pickMode: '请选择谈话方式',
  summaryTooShort: '谈话情况至少写 5 个字',
} as const
