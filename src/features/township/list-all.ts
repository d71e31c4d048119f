import type { RequestStatus, ServiceRequest } from '../../core/types'
import type { TownshipApi } from './api/ports'

/** Enough pages for one township's open work; these views sort and filter it as a whole. */
const MAX_PAGES = 20

export async function listAll(api: TownshipApi, status?: RequestStatus): Promise<ServiceRequest[]> {
  const items: ServiceRequest[] = []
  let cursor: string | undefined
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await api.list(status, cursor)
    items.push(...page.items)
    if (!page.cursor) break
    cursor = page.cursor
  }
  return items
}
