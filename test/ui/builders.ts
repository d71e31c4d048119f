import type { Page } from '../../src/core/contract'
import type { ServiceRequest, User } from '../../src/core/types'

let seq = 0

export function buildRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  seq += 1
  return {
    id: `r${seq}`,
    no: `QB20261123-${String(seq).padStart(4, '0')}`,
    clientRequestId: `client-${seq}-abcdef`,
    kind: 'difficulty',
    category: 'transport',
    title: '村里到乡镇没有班车',
    description: '每次到乡镇开会都要步行两小时',
    urgency: 'normal',
    attachments: [],
    status: 'assigned',
    submitterId: 'u-cadre',
    villageId: 'v1',
    townshipId: 't1',
    countyId: 'c1',
    assignedUnitId: 'unit-1',
    assigneeId: 'u-liaison',
    assignedAt: '2026-11-23T09:00:00.000+08:00',
    dispatchedAt: '2026-11-23T09:00:00.000+08:00',
    signForBy: '2026-11-24T09:00:00.000+08:00',
    signedAt: null,
    signedOnTime: null,
    resolveBy: '2026-11-30T09:00:00.000+08:00',
    resolvedAt: null,
    resolutionNote: null,
    closedAt: null,
    supervision: 0,
    reopenCount: 0,
    transferCount: 0,
    rating: null,
    createdAt: '2026-11-23T09:00:00.000+08:00',
    updatedAt: '2026-11-23T09:00:00.000+08:00',
    version: 1,
    events: [{ type: 'submit', actorId: 'u-cadre', at: '2026-11-23T09:00:00.000+08:00' }],
    ...overrides,
  }
}

export function buildUser(overrides: Partial<User> = {}): User {
  return { id: 'u-cadre', openid: 'o-cadre', name: '王建国', role: 'cadre', villageId: 'v1', homeUnitId: 'unit-1', active: true, ...overrides }
}

export const page = <T>(items: T[], cursor: string | null = null): Page<T> => ({ items, cursor })

/** A StateStorage kept in memory, to look at what a store persisted. */
export function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (name: string) => data.get(name) ?? null,
    setItem: (name: string, value: string) => void data.set(name, value),
    removeItem: (name: string) => void data.delete(name),
  }
}
