/** The words of the check-in screens (Simplified Chinese, one place). */
import type { Health, Stress } from '../../core/care-types'

export const HEALTH_LABELS: Record<Health, string> = { good: '良好', fair: '一般', unwell: '不适' }
export const STRESS_LABELS: Record<Stress, string> = { low: '轻松', medium: '一般', high: '较大' }
export const MOOD_LABELS: Record<number, string> = { 1: '很差', 2: '较差', 3: '一般', 4: '较好', 5: '很好' }

export const CONSENT_TITLE = '健康信息处理告知与同意'
export const CONSENT_PARAGRAPHS = [
  '为关心关爱驻村干部身心健康，“前帮后援”将收集您每日填报的身体状况、心情、压力和备注，以及您填写的体检、休假、意外保险信息。',
  '上述信息属于敏感个人信息，仅用于组织关怀：您本人可随时查看；当系统发现需要关心的情况时，您派出单位负责跟进的联络员在关怀任务办理期间可以查看您的打卡内容和备注。',
  '乡镇党委书记只能看到打卡率以及关怀任务的姓名、原因和办理状态，看不到您的备注和谈话记录；县委组织部只能看到统计数字。',
  '您可以不同意，不影响使用诉求等其他功能；同意后如需撤回，请联系派出单位联络员。',
]

export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
