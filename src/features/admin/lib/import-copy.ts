/** The import screen's words (Simplified Chinese, one place). */
export const COPY = {
  intro: '按模板填写 地区、单位、结对、人员 四张表（.xlsx），或单独上传其中一张表的 .csv（按表头识别，只导入该表）。',
  template: '下载导入模板',
  pick: '选择文件',
  pickAgain: '重新选择文件',
  checking: '正在检查…',
  problemsTitle: (n: number) => `发现 ${n} 个问题，请改正后重新上传`,
  noProblems: '检查通过，可以导入',
  countsTitle: '将要进行的变更',
  missingTitle: (n: number) => `文件中没有的在岗人员（${n} 人）`,
  missingTick: '同时停用以上人员（其未办结的工单和关怀任务将移交本单位其他联络员）',
  apply: '确认导入',
  applying: '正在导入，请勿关闭页面…',
  applied: (n: number) => (n ? `导入完成，共写入 ${n} 条记录` : '导入完成，数据没有变化'),
  columns: { sheet: '表', row: '行', column: '列', message: '问题' },
  counts: { create: '新增', update: '更新', unchanged: '不变', deactivate: '停用', remove: '移除' },
}
