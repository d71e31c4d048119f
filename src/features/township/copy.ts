/** Every word of the township screens (待派单, 督办), in Simplified Chinese. */
export const TOWNSHIP_COPY = {
  dispatchCount: (n: number) => `共 ${n} 件待派单，派单后承办单位不能退回`,
  noDispatch: '没有待派单的诉求',
  pickUnit: '选择承办单位',
  mustPickUnit: '请选择承办单位',
  confirmDispatch: '确认派单',
  cancel: '取消',
  dispatch: '派单',
  noSupervision: '没有超期或督办中的诉求',
  extensionsCount: (n: number) => `延期待审批 ${n} 件`,
  extensionAsked: (days: number | undefined, reason: string | undefined) => `申请延期 ${days ?? ''} 个工作日：${reason ?? ''}`,
  supervisionCount: (n: number, overdue: number) => `超期或督办 ${n} 件${overdue > 0 ? `（超期 ${overdue} 件）` : ''}`,
} as const
