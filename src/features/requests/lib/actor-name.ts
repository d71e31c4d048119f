import { SYSTEM_ACTOR } from '@/core/lifecycle/events'
import type { RequestEvent, ServiceRequest, User } from '@/core/types'
import { DETAIL_COPY } from '../copy'

/** Who did it, in words: 我 / a known name / 提交人 / 系统 / 工作人员. */
export function actorName(ev: RequestEvent, req: ServiceRequest, viewer: User | null, people: Record<string, string>): string {
  if (ev.actorId === SYSTEM_ACTOR) return DETAIL_COPY.actors.system
  if (viewer && ev.actorId === viewer.id) return DETAIL_COPY.actors.me
  if (people[ev.actorId]) return people[ev.actorId]
  if (ev.actorId === req.submitterId) return DETAIL_COPY.actors.submitter
  return DETAIL_COPY.actors.staff
}
