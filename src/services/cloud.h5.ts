import type { Envelope } from '../core/contract'
import type { CloudTransport } from './cloud'
import { useSession } from './session'

/** The local runtime's gateway (SPEC §9): same origin, caller identity in `x-openid` (dev mode). */
export const transport: CloudTransport = async (fn, event) => {
  const res = await fetch(`/__cloud/call/${encodeURIComponent(fn)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': useSession.getState().openid ?? '' },
    body: JSON.stringify(event),
  })
  const body = (await res.json().catch(() => null)) as { result?: Envelope<unknown> } | null
  if (!body?.result) throw new Error(`gateway answered ${res.status}`)
  return body.result
}

export function initCloud(): void {}
