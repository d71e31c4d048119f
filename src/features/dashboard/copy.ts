/** The words of the dashboard (Simplified Chinese, one place). */
import type { CareReason } from '../../core/care-types'

export const COPY = {
  title: '数据看板',
  response: '响应率',
  resolution: '解决率',
  satisfaction: '满意率',
  onTime: '按期办结率',
  trend: '近六个月',
  units: '承办单位排名',
  townships: '各乡镇',
  overdue: '超期未办结',
  care: '干部关怀',
  export: '导出当前时段（Excel）',
  exporting: '正在生成…',
  noOverdue: '目前没有超期诉求',
  unranked: '暂无评价，不参与排名',
  backToCounty: '返回全县',
  earlier: '往前一个月',
  later: '往后一个月',
}

export const REASON_TEXT: Record<CareReason, string> = {
  unwell: '身体不适',
  low_mood: '心情低落',
  high_stress: '压力较大',
  asked: '希望联系',
  missed: '未打卡',
}
