/**
 * The Chinese words of every notification, one place, keyed by the occasions of `NOTICES`. Each is
 * written for one reader: the title of a confidential (`psych`) request appears only for those who
 * may read its content (SPEC §3.1); care notices carry names and dates only, never answers, notes
 * or summaries (SPEC §4).
 */
import type { CareTask, HealthFile } from './care-types'
import type { CareTaskNotice, HealthNotice, NotificationDraft, RequestNotice } from './notifications'
import type { ServiceRequest, User } from './types'
import { CONFIDENTIAL_TITLE, mayReadContent } from './visibility'

/** `2026-10-08T10:00:00.000+08:00` → `10月8日 10:00` (times are stored in +08:00). */
export function shortTime(iso: string | null): string {
  if (!iso) return '—'
  return `${shortDate(iso)} ${iso.slice(11, 16)}`
}

/** `2026-10-08` (or a time on that date) → `10月8日`. */
export function shortDate(iso: string | null): string {
  if (!iso) return '—'
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
}

interface Words<F> {
  title: string
  body: F
}

const REQUEST_TEXTS: Record<RequestNotice, Words<(r: ServiceRequest, subject: string, full: boolean) => string>> = {
  routed: { title: '新诉求待签收', body: (r, s) => `${s}已派给您，请于${shortTime(r.signForBy)}前签收。` },
  pendingDispatch: { title: '新诉求待分派', body: (_r, s) => `${s}暂无承办单位，请及时分派。` },
  urgentHealth: { title: '紧急就医诉求', body: (_r, s) => `${s}为紧急身体健康诉求，请立即关注。` },
  returned: { title: '诉求被退回', body: (_r, s) => `${s}被承办单位退回，请重新分派。` },
  infoRequested: { title: '请补充诉求信息', body: (r, s, full) => (full ? `${s}的承办人请您补充：${questionOf(r)}。请打开诉求回复。` : `${s}的承办人需要补充信息。`) },
  replied: { title: '干部已补充信息', body: (_r, s) => `${s}的提交人已回复，请继续办理。` },
  resolved: { title: '诉求已办结', body: (_r, s) => `${s}已办结，请评价办理结果。` },
  reopened: { title: '诉求需重新办理', body: (r, s) => `${s}评价为不满意，请于${shortTime(r.resolveBy)}前重新办结。` },
  handedOver: { title: '诉求转由您承办', body: (r, s) => `${s}的原承办人已停用，现由您接续办理，请于${shortTime(r.resolveBy)}前办结。` },
  supervised: { title: '诉求被督办', body: (_r, s) => `${s}已被督办，请加快办理。` },
  reminder: { title: '诉求催办提醒', body: (r, s) => `${s}将于${shortTime(r.resolveBy)}到期，请抓紧办结。` },
  signForOverdue: { title: '诉求签收超时', body: (r, s) => `${s}超过${shortTime(r.signForBy)}仍未签收，已自动督办。` },
  resolveOverdue: { title: '诉求办理超期', body: (r, s) => `${s}超过${shortTime(r.resolveBy)}仍未办结，已自动督办。` },
  countyEscalation: { title: '诉求升级县级督办', body: (r, s) => `${s}${countyReason(r)}，已升级为县级督办。` },
}

const CARE_TASK_TEXTS: Record<CareTaskNotice, Words<(t: CareTask) => string>> = {
  careAssigned: { title: '新的关怀任务', body: (t) => `请于${shortDate(t.dueBy)}前与${t.cadreName}同志谈心谈话。` },
  careUnassigned: { title: '关怀任务待安排', body: (t) => `${t.cadreName}同志的派出单位暂无联络员，请安排谈心谈话。` },
  careOverdue: { title: '关怀任务已超期', body: (t) => `${t.cadreName}同志的关怀任务已超期未完成，请督促落实。` },
}

const HEALTH_TEXTS: Record<HealthNotice, Words<(f: HealthFile) => string>> = {
  examDue: { title: '体检提醒', body: () => '您的上次体检已超过12个月，请安排体检并更新健康档案。' },
  insuranceEnding: { title: '意外险到期提醒', body: (f) => `您的意外伤害保险将于${shortDate(f.insuranceUntil)}到期，请及时续保。` },
}

/** The latest question, cut short: the notice points to the request, where it is shown whole. */
function questionOf(r: ServiceRequest): string {
  const ev = [...r.events].reverse().find((e) => e.type === 'requestInfo')
  const q = String(ev?.question ?? '').trim()
  return q.length > 60 ? `${q.slice(0, 60)}…` : q
}

function countyReason(r: ServiceRequest): string {
  if (r.reopenCount >= 2) return `已重办${r.reopenCount}次`
  if (r.transferCount >= 2) return `已转派${r.transferCount}次`
  return '超期3个工作日以上'
}

/** The notification of this notice about this request, as this reader may see it. */
export function requestMessage(notice: RequestNotice, req: ServiceRequest, reader: User): NotificationDraft {
  const text = REQUEST_TEXTS[notice]
  const full = mayReadContent(reader, req)
  const subject = `诉求${req.no}「${full ? req.title : CONFIDENTIAL_TITLE}」`
  return { notice, title: text.title, body: text.body(req, subject, full), requestId: req.id }
}

/** The notification of this notice about a care task (the same for every reader). */
export function careTaskMessage(notice: CareTaskNotice, task: CareTask): NotificationDraft {
  const text = CARE_TASK_TEXTS[notice]
  return { notice, title: text.title, body: text.body(task), taskId: task.id }
}

/** A reminder to the cadre about their own health file. */
export function healthMessage(notice: HealthNotice, file: HealthFile): NotificationDraft {
  const text = HEALTH_TEXTS[notice]
  return { notice, title: text.title, body: text.body(file) }
}
