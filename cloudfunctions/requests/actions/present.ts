import { contactPolicy, revealPerson, type RequestContacts, type RequestView } from '../../../src/core/contacts'
import type { ServiceRequest, User } from '../../../src/core/types'
import { canView, presentFor } from '../../../src/core/visibility'
import type { CallContext } from '../../_shared/context'

/**
 * One request for one viewer (get and every action answer it): confidential content withheld, and
 * the submitter, village and handling liaison as far as `contactPolicy` lets this viewer see them.
 * Two or three reads by `_id`; lists do not carry contacts.
 */
export async function presentWithContacts(ctx: CallContext & { actor: User }, req: ServiceRequest): Promise<RequestView> {
  const shown = presentFor(ctx.actor, req)
  // After 退单 or 转派 the liaison no longer sees the request: that answer carries no contacts.
  if (!canView(ctx.actor, req)) return shown
  const policy = contactPolicy(ctx.actor, req)
  const [submitter, handler, village] = await Promise.all([
    policy.submitter !== 'none' ? ctx.users.byId(req.submitterId) : null,
    policy.handler !== 'none' && req.assigneeId ? ctx.users.byId(req.assigneeId) : null,
    policy.village && req.villageId ? ctx.org.region(req.villageId) : null,
  ])
  const contacts: RequestContacts = {}
  const s = revealPerson(submitter, policy.submitter)
  const h = revealPerson(handler, policy.handler)
  if (s) contacts.submitter = s
  if (h) contacts.handler = h
  if (village) contacts.village = village.name
  return { ...shown, contacts }
}
