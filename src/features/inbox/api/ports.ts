import type { Page } from '../../../core/contract'
import type { ServiceRequest } from '../../../core/types'

export interface InboxApi {
  list: (cursor?: string) => Promise<Page<ServiceRequest>>
}
