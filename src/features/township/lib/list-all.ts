import type { RequestStatus, ServiceRequest } from '@/core/types'
import { readAllPages } from '@/services/paging'
import type { TownshipApi } from '../api/ports'

/** Enough pages for one township's open work; these views sort and filter it as a whole. */
const MAX_PAGES = 20

export function listAll(api: TownshipApi, status?: RequestStatus): Promise<ServiceRequest[]> {
  return readAllPages((cursor) => api.list(status, cursor), MAX_PAGES)
}
