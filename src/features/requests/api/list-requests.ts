import type { ListBox, ListFilters } from '../../../core/contract'
import { call } from '../../../services/call'

export const listRequests = (box: ListBox, cursor?: string, filters: ListFilters = {}) =>
  call('requests', 'list', { box, ...filters, ...(cursor ? { cursor } : {}) })
