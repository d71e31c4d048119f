/** Every word of the liaison's inbox, in Simplified Chinese. */
export const INBOX_COPY = {
  tabs: { work: '待办', closed: '已办结' },
  workCount: (n: number, overdue: number, supervised: number) =>
    `共 ${n} 件${overdue > 0 ? `，超期 ${overdue} 件` : ''}${supervised > 0 ? `，督办 ${supervised} 件` : ''}，按时限先后排列`,
  noWork: '暂无待办工单',
  noClosed: '还没有办结的工单',
} as const
