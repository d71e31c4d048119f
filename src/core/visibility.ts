/** Who may see which request, and what of it (SPEC §3.1 confidentiality, §11 scoping). */
import type { ListBox } from './contract'
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

function isConfidential(req: ServiceRequest): boolean {
  return req.kind === 'difficulty' && req.category === 'psych'
}

/** Only the submitter and the assigned unit's liaisons read the content of a `psych` difficulty. */
export function mayReadContent(viewer: User, req: ServiceRequest): boolean {
  if (!isConfidential(req)) return true
  return req.submitterId === viewer.id || (viewer.role === 'liaison' && !!viewer.unitId && viewer.unitId === req.assignedUnitId)
}

const EVENT_ENVELOPE_KEYS = ['type', 'actorId', 'at', 'from', 'to', 'unitId', 'assigneeId', 'level']

/** The request as this viewer may see it: confidential content replaced, timeline reduced to who/when/what. */
export function presentFor(viewer: User, req: ServiceRequest): ServiceRequest {
  if (mayReadContent(viewer, req)) return req
  return {
    ...req,
    title: CONFIDENTIAL_TITLE,
    description: '',
    attachments: [],
    resolutionNote: null,
    rating: req.rating ? { ...req.rating, comment: undefined } : null,
    events: req.events.map(redactEvent),
  }
}

function redactEvent(ev: RequestEvent): RequestEvent {
  const kept: RequestEvent = { type: ev.type, actorId: ev.actorId, at: ev.at }
  for (const key of EVENT_ENVELOPE_KEYS) if (key in ev) kept[key] = ev[key]
  return kept
}
