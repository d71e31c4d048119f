/** Builders for tests: a valid object by default, the story's details as overrides. */
import type { SubmitPayload } from '../src/core/contract'
import type { ServiceRequest, User } from '../src/core/types'

export const T0 = '2026-11-23T09:00:00.000+08:00'

export function buildUser(overrides: Partial<User> = {}): User {
  const id = overrides.id ?? 'cadre-1'
  return {
    id,
    openid: `openid-${id}`,
    name: 'Test User',
    role: 'cadre',
    villageId: 'village-1',
    homeUnitId: 'unit-home',
    countyId: 'county-1',
    active: true,
    ...overrides,
  }
}

/** The cast of a request's story in township `town-1` of `county-1`, assigned to `unit-a`. */
export const people = {
  submitter: buildUser({ id: 'cadre-1', role: 'cadre' }),
  otherCadre: buildUser({ id: 'cadre-2', role: 'cadre', villageId: 'village-2' }),
  liaison: buildUser({ id: 'liaison-a', role: 'liaison', unitId: 'unit-a', villageId: undefined, homeUnitId: undefined }),
  otherLiaison: buildUser({ id: 'liaison-b', role: 'liaison', unitId: 'unit-b', villageId: undefined, homeUnitId: undefined }),
  secretary: buildUser({ id: 'sec-1', role: 'secretary', townshipId: 'town-1', villageId: undefined, homeUnitId: undefined }),
  otherSecretary: buildUser({ id: 'sec-2', role: 'secretary', townshipId: 'town-2', villageId: undefined, homeUnitId: undefined }),
  county: buildUser({ id: 'county-staff', role: 'county', countyId: 'county-1', villageId: undefined, homeUnitId: undefined }),
  admin: buildUser({ id: 'admin-1', role: 'admin', villageId: undefined, homeUnitId: undefined }),
} satisfies Record<string, User>

export function buildSubmit(overrides: Partial<SubmitPayload> = {}): SubmitPayload {
  return {
    clientRequestId: 'client-0001',
    kind: 'difficulty',
    category: 'transport',
    title: '驻村交通不便',
    description: '村里到乡镇没有班车，办事要走两个小时。',
    urgency: 'normal',
    attachments: [],
    ...overrides,
  }
}

/**
 * A request as it would be stored in the given status: unassigned when pending dispatch,
 * paused when awaiting the submitter, resolved with a note, closed with a rating.
 */
let built = 0

export function buildRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  // each request its own id and number, so that a list of them is a list of different requests
  const n = String(++built).padStart(4, '0')
  const status = overrides.status ?? 'assigned'
  const placed = status !== 'pending_dispatch'
  const signed = !['pending_dispatch', 'assigned'].includes(status)
  const resolved = ['resolved', 'closed'].includes(status)
  return {
    id: `req-${n}`,
    no: `QB20261123-${n}`,
    clientRequestId: `client-${n}`,
    kind: 'difficulty',
    category: 'transport',
    title: '驻村交通不便',
    description: '村里到乡镇没有班车。',
    urgency: 'normal',
    attachments: [],
    status,
    submitterId: 'cadre-1',
    villageId: 'village-1',
    townshipId: 'town-1',
    countyId: 'county-1',
    assignedUnitId: placed ? 'unit-a' : null,
    assigneeId: placed ? 'liaison-a' : null,
    assignedAt: placed ? T0 : null,
    dispatchedAt: placed ? T0 : null,
    signForBy: placed ? '2026-11-24T09:00:00.000+08:00' : null,
    signedAt: signed ? '2026-11-23T10:00:00.000+08:00' : null,
    signedOnTime: signed ? true : null,
    resolveBy: placed ? '2026-11-30T09:00:00.000+08:00' : null,
    resolvedAt: resolved ? '2026-11-25T15:00:00.000+08:00' : null,
    resolutionNote: resolved ? '已协调乡镇班车每日一趟。' : null,
    closedAt: status === 'closed' ? '2026-11-26T09:00:00.000+08:00' : null,
    supervision: 0,
    reopenCount: 0,
    transferCount: 0,
    rating: status === 'closed' ? { solved: true, satisfaction: 'satisfied', at: '2026-11-26T09:00:00.000+08:00' } : null,
    dispatchFinal: false,
    pausedAt: status === 'awaiting_submitter' ? '2026-11-24T09:00:00.000+08:00' : null,
    extension: null,
    resolutionPhotos: [],
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    events: [],
    ...overrides,
  }
}
