import type { Page } from '../../../core/contract'
import type { RequestStatus, ServiceRequest } from '../../../core/types'
import { call } from '../../../services/call'

/** One page of what is routed to the liaison's unit, in one state. */
export const listInbox = (status: RequestStatus, cursor?: string): Promise<Page<ServiceRequest>> =>
  call('requests', 'list', cursor ? { box: 'unit', status, cursor } : { box: 'unit', status })
