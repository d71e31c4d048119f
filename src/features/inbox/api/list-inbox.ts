import type { Page } from '../../../core/contract'
import type { ServiceRequest } from '../../../core/types'
import { call } from '../../../services/call'

/** One page of what is routed to the liaison's unit. */
export const listInbox = (cursor?: string): Promise<Page<ServiceRequest>> =>
  call('requests', 'list', cursor ? { box: 'unit', cursor } : { box: 'unit' })
