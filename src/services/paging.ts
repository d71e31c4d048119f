import type { Page } from '../core/contract'

/**
 * Every item of a cursor-paged list, for views that sort or filter the whole of it (an inbox, a
 * township's open work). Bounded, so a runaway list costs at most `maxPages` calls.
 */
export async function readAllPages<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, maxPages = 20): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor)
    items.push(...page.items)
    if (!page.cursor) break
    cursor = page.cursor
  }
  return items
}
