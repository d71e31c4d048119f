/** Who may see which request, and what of it (SPEC §3.1 confidentiality, §11 scoping). */
import type { ListBox } from './contract'
import type { EventOf, LifecycleEventType } from './lifecycle/events'
import type { RequestEvent, ServiceRequest, User } from './types'

export function canView(viewer: User, req: ServiceRequest): boolean {
  switch (viewer.role) {
    case 'cadre':
      return req.submitterId === viewer.id
    case 'liaison':
      return !!viewer.unitId && req.assignedUnitId === viewer.unitId
    case 'secretary':
      return !!viewer.townshipId && req.townshipId === viewer.townshipId
    case 'county':
      return !!viewer.countyId && req.countyId === viewer.countyId
    case 'admin':
      return false
    default: {
      const _exhaustive: never = viewer.role
      return _exhaustive
    }
  }
}

/** The list box each role reads; any other box is forbidden to it. */
export const BOX_OF_ROLE: Partial<Record<User['role'], ListBox>> = {
  cadre: 'mine',
  liaison: 'unit',
  secretary: 'township',
  county: 'county',
}

/** The database filter of a box for its viewer (null when the viewer has no scope to read). */
export function boxFilter(viewer: User, box: ListBox): Record<string, string> | null {
  if (BOX_OF_ROLE[viewer.role] !== box) return null
  switch (box) {
    case 'mine':
      return { submitterId: viewer.id }
    case 'unit':
      return viewer.unitId ? { assignedUnitId: viewer.unitId } : null
    case 'township':
      return viewer.townshipId ? { townshipId: viewer.townshipId } : null
    case 'county':
      return viewer.countyId ? { countyId: viewer.countyId } : null
  }
}

export const CONFIDENTIAL_TITLE = '（保密事项）'

/**
 * Who stands behind a confidential request, for a viewer without its content: not the cadre's id
 * (the directory would name them), only that it was the submitter.
 */
export const WITHHELD_SUBMITTER = 'submitter'

function isConfidential(req: ServiceRequest): boolean {
  return req.kind === 'difficulty' && req.category === 'psych'
}

/** Only the submitter and the assigned unit's liaisons read the content of a `psych` difficulty. */
export function mayReadContent(viewer: User, req: ServiceRequest): boolean {
  if (!isConfidential(req)) return true
  return req.submitterId === viewer.id || (viewer.role === 'liaison' && !!viewer.unitId && viewer.unitId === req.assignedUnitId)
}

/**
 * What a viewer without the content still sees of each event beyond what, who and when: to which
 * unit or person, and the figures a secretary decides on (days asked, approved or not, the
 * rating's choices), the same facts the request's own fields show them. Texts and photos stay
 * with the content. A new event type must say here what it shows.
 */
const SEEN_WITHOUT_CONTENT: { [T in LifecycleEventType]: readonly (keyof EventOf<T>)[] } = {
  submit: [],
  assign: ['unitId', 'assigneeId'],
  pendingDispatch: ['unitId'],
  dispatch: ['unitId', 'assigneeId'],
  signFor: [],
  return: ['unitId'],
  transfer: ['unitId', 'assigneeId'],
  requestInfo: [],
  reply: [],
  requestExtension: ['days'],
  decideExtension: ['approve', 'days'],
  resolve: [],
  confirm: ['solved', 'satisfaction'],
  reopen: [],
  close: [],
  withdraw: [],
  comment: [],
  supervise: ['level'],
  remind: [],
  handover: ['from', 'to'],
}

/**
 * The request as this viewer may see it: confidential content replaced, timeline reduced to
 * who/when/what. A secretary deciding an extension of a confidential request sees the days asked
 * and that a reason was given, not the reason: it is often the content itself. Nor who asked: the
 * submitter and their village are withheld (the timeline says 提交人), so that the secretary and
 * the county see that a confidential difficulty exists, its status and deadlines (SPEC §3.1).
 */
export function presentFor(viewer: User, req: ServiceRequest): ServiceRequest {
  if (mayReadContent(viewer, req)) return req
  return {
    ...req,
    submitterId: WITHHELD_SUBMITTER,
    villageId: '',
    title: CONFIDENTIAL_TITLE,
    description: '',
    attachments: [],
    resolutionNote: null,
    resolutionPhotos: [],
    extension: req.extension ? { ...req.extension, reason: '', reasonWithheld: true } : req.extension,
    rating: req.rating ? { ...req.rating, comment: undefined } : null,
    events: req.events.map((ev) => redactEvent(ev.actorId === req.submitterId ? { ...ev, actorId: WITHHELD_SUBMITTER } : ev)),
  }
}

/** Every file a (presented) request refers to: attachments, resolution photos, timeline photos. */
export function filesOf(req: ServiceRequest): string[] {
  const fromEvents = req.events.flatMap(eventPhotos)
  return [...new Set([...req.attachments, ...(req.resolutionPhotos ?? []), ...fromEvents])]
}

/** Photos an event carries (办结 photos). */
export const eventPhotos = (ev: RequestEvent): string[] => (ev.type === 'resolve' ? (ev.photos ?? []) : [])

function redactEvent(ev: RequestEvent): RequestEvent {
  const kept: Record<string, unknown> = { type: ev.type, actorId: ev.actorId, at: ev.at }
  const seen: readonly string[] = SEEN_WITHOUT_CONTENT[ev.type] ?? []
  for (const key of seen) if (key in ev) kept[key] = (ev as Record<string, unknown>)[key]
  return kept as RequestEvent
}
