import type { Notice } from './request-notices'
import type { ServiceRequest } from './types'

/**
 * Notices carried on the document whose change causes them (SPEC §11): written in the same write as
 * the change, so a call cut off before delivering them loses nothing; whoever delivers them (the
 * call itself, or the scheduler's sweep later) clears them. Each is keyed by its occasion, so
 * delivering one twice tells nobody twice.
 */
export interface PendingNotices<N> {
  /** when the first of them was written (the sweep picks up what is still pending a while later) */
  at: string
  token: string
  items: (N & { key: string })[]
}

/** Earlier undelivered items plus new ones (a key already present is kept once); null when none. */
export function withPending<N>(
  earlier: PendingNotices<N> | null | undefined,
  added: (N & { key: string })[],
  at: string,
  token: string,
): PendingNotices<N> | null {
  const items = [...(earlier?.items ?? [])]
  for (const item of added) if (!items.some((i) => i.key === item.key)) items.push(item)
  return items.length > 0 ? { at: earlier?.at ?? at, token, items } : null
}

export type PendingRequestNotices = PendingNotices<Notice>

/** A request change's notices, keyed by the request's new version (one occasion each). */
export function requestNotices(
  next: ServiceRequest,
  notices: Notice[],
  earlier: PendingRequestNotices | null | undefined,
  at: string,
  token: string,
): PendingRequestNotices | null {
  const items = notices.map((n) => ({ ...n, key: `${next.id}:${next.version}:${n.notice}:${n.to}` }))
  return withPending(earlier, items, at, token)
}
