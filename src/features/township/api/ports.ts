import type { Page } from '@/core/contract'
import type { RequestStatus, ServiceRequest } from '@/core/types'

/** The secretary's township box and the one action these screens take themselves. */
export interface TownshipApi {
  list: (status: RequestStatus | undefined, cursor?: string) => Promise<Page<ServiceRequest>>
  dispatch: (id: string, unitId: string) => Promise<ServiceRequest>
}
