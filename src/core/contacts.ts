/**
 * Who sees whose name, village and phone on a request (issue 13, SPEC §3.1, §11). Phone numbers go
 * only to those who act on the request: the cadre gets the handling liaison's, the liaisons of the
 * assigned unit and the township secretary get the submitter's, the secretary also the handler's.
 * County staff see names, no phones. A `psych` difficulty shows secretaries and county no
 * submitter and no village (they see that one exists, its status and deadlines).
 */
import type { ServiceRequest, User } from './types'
import { mayReadContent } from './visibility'

export type Reveal = 'none' | 'name' | 'phone'

export interface ContactPolicy {
  submitter: Reveal
  village: boolean
  handler: Reveal
}

export interface ContactPerson {
  name: string
  phone?: string
}

/** The people behind a request, as far as this viewer may see them. */
export interface RequestContacts {
  submitter?: ContactPerson
  village?: string
  /** the liaison the request is assigned to */
  handler?: ContactPerson
}

/** A request as `requests.get` and the actions answer it: with the viewer's contacts. */
export type RequestView = ServiceRequest & { contacts?: RequestContacts }

const NOTHING: ContactPolicy = { submitter: 'none', village: false, handler: 'none' }

/** Assumes `canView(viewer, req)`: scope is checked before anything is presented. */
export function contactPolicy(viewer: User, req: ServiceRequest): ContactPolicy {
  const content = mayReadContent(viewer, req)
  switch (viewer.role) {
    case 'cadre':
      return req.submitterId === viewer.id ? { submitter: 'none', village: false, handler: 'phone' } : NOTHING
    case 'liaison':
      return { submitter: 'phone', village: true, handler: 'name' }
    case 'secretary':
      return content ? { submitter: 'phone', village: true, handler: 'phone' } : { submitter: 'none', village: false, handler: 'phone' }
    case 'county':
      return content ? { submitter: 'name', village: true, handler: 'name' } : { submitter: 'none', village: false, handler: 'name' }
    case 'admin':
      return NOTHING
    default: {
      const _exhaustive: never = viewer.role
      return _exhaustive
    }
  }
}

/** A person as far as `reveal` allows; undefined when nothing is. */
export function revealPerson(person: Pick<User, 'name' | 'phone'> | null, reveal: Reveal): ContactPerson | undefined {
  if (!person || reveal === 'none') return undefined
  return reveal === 'phone' && person.phone ? { name: person.name, phone: person.phone } : { name: person.name }
}
