/** The words of the care screens (Simplified Chinese, one place). */
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
