import { contactPolicy, revealPerson, type RequestContacts, type RequestView } from '../../../src/core/contacts'
import type { ServiceRequest, User } from '../../../src/core/types'
import { canView, filesOf, presentFor } from '../../../src/core/visibility'
import type { CallContext } from '../../_shared/context'
import { tempUrls } from '../../_shared/files'

/**
 * One request for one viewer (get and every action answer it): confidential content withheld, and
 * the submitter, village and handling liaison as far as `contactPolicy` lets this viewer see them.
 * Two or three reads by `_id` (none for a person in `known`, users this call has just read), and
 * temp URLs of its files; lists carry neither.
 */
export async function presentWithContacts(ctx: CallContext & { actor: User }, req: ServiceRequest, known: User[] = []): Promise<RequestView> {
  // After 退单 or 转派 the liaison no longer sees the request: that answer carries no contacts or files.
  if (!canView(ctx.actor, req)) return presentFor(ctx.actor, req)
  const shown = await presentWithFiles(ctx.actor, req)
  const policy = contactPolicy(ctx.actor, req)
  const user = (id: string) => known.find((u) => u.id === id) ?? ctx.users.byId(id)
  const [submitter, handler, village] = await Promise.all([
    policy.submitter !== 'none' ? user(req.submitterId) : null,
    policy.handler !== 'none' && req.assigneeId ? user(req.assigneeId) : null,
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

/**
 * The request as the viewer may see it, with short-lived URLs of exactly the files left in that
 * view (a list answers none: its cards show no photos).
 */
export async function presentWithFiles(viewer: User, req: ServiceRequest): Promise<ServiceRequest> {
  const shown = presentFor(viewer, req)
  const files = filesOf(shown)
  return { ...shown, fileUrls: files.length ? await tempUrls(files) : {} }
}
