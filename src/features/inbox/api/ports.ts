import type { Page } from '@/core/contract'
import type { RequestStatus, ServiceRequest } from '@/core/types'

/** The liaison's inbox: what is routed to their unit (`requests.list`, box `unit`). */
export interface InboxApi {
  /** One page of the unit's requests in one state, newest first. */
  list: (status: RequestStatus, cursor?: string) => Promise<Page<ServiceRequest>>
}
