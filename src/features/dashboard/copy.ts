/** Every word of the dashboard (Simplified Chinese, one place). */

const onTime = '按期办结率'

export const DASHBOARD_COPY = {
  title: '数据看板',
  response: '响应率',
  resolution: '解决率',
  satisfaction: '满意率',
  onTime,
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
  hours: (h: number) => `${h} 小时`,
  days: (d: number) => `${d} 天`,
  /** one short line per count under a rate: a phone's third of the width holds about six characters */
  counts: {
    signedOnTime: (n: number) => `按时 ${n}`,
    dueSignFor: (n: number) => `应签收 ${n}`,
    solved: (n: number) => `已解决 ${n}`,
    rated: (n: number) => `已评价 ${n}`,
    satisfied: (n: number) => `满意 ${n}`,
    basic: (n: number) => `基本满意 ${n}`,
  },
  dispatchedLine: (dispatched: number, onTimeRate: string, resolvedOnTime: number, resolved: number, overdue: number) =>
    `派发 ${dispatched} 件 · ${onTime} ${onTimeRate}（${resolvedOnTime}/${resolved}） · 当前超期 ${overdue} 件`,
  averagesLine: (signFor: string, resolve: string, score: string | number) => `平均签收 ${signFor} · 平均办结 ${resolve} · 综合得分 ${score}`,
  requests: (n: number) => `${n} 件`,
  people: (n: number) => `${n} 人`,
  points: (score: number) => `${score} 分`,
  noDispatched: '本月暂无派发',
  rankNote: (dispatched: number, response: string, resolution: string, satisfaction: string) =>
    `派发 ${dispatched} · 响应 ${response} · 解决 ${resolution} · 满意 ${satisfaction}`,
  overdueCount: (total: number, shown: number) => `共 ${total} 件${shown < total ? `，已显示 ${shown} 件` : ''}`,
  overdueMeta: (no: string, kind: 'signFor' | 'resolve', deadline: string) => `${no} · ${kind === 'signFor' ? '签收' : '办结'}时限 ${deadline}`,
  more: '加载更多',
  careOff: '关怀数据暂未启用',
  careLine: (rate: string, checkins: number, cadres: number, workdays: number, openTasks: number) =>
    `打卡率 ${rate}（${checkins} 次 / ${cadres} 人 × ${workdays} 个工作日） · 待谈心 ${openTasks} 人`,
}
