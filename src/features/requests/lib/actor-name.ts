import { SYSTEM_ACTOR } from '../../../core/lifecycle/events'
import type { RequestEvent, ServiceRequest, User } from '../../../core/types'

/** Who did it, in words: 我 / a known name / 提交人 / 系统 / 工作人员. */
export function actorName(ev: RequestEvent, req: ServiceRequest, viewer: User | null, people: Record<string, string>): string {
  if (ev.actorId === SYSTEM_ACTOR) return '系统'
  if (viewer && ev.actorId === viewer.id) return '我'
  if (people[ev.actorId]) return people[ev.actorId]
  if (ev.actorId === req.submitterId) return '提交人'
  return '工作人员'
}
