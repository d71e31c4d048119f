/** The words of care notifications. Never answers, notes or summaries: names and dates only. */
const day = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

export const CARE_TEXT = {
  assigned: (name: string, dueBy: string) => ({ title: '新的关怀任务', body: `请于${day(dueBy)}前与${name}同志谈心谈话。` }),
  unassigned: (name: string) => ({ title: '关怀任务待安排', body: `${name}同志的派出单位暂无联络员，请安排谈心谈话。` }),
  overdue: (name: string) => ({ title: '关怀任务已超期', body: `${name}同志的关怀任务已超期未完成，请督促落实。` }),
  exam: () => ({ title: '体检提醒', body: '您的上次体检已超过12个月，请安排体检并更新健康档案。' }),
  insurance: (until: string) => ({ title: '意外险到期提醒', body: `您的意外伤害保险将于${day(until)}到期，请及时续保。` }),
}
