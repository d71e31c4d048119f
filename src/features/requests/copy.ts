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
