/**
 * The cloud transport port. This file is the default (H5 and tests): the local runtime's gateway;
 * Taro picks `cloud.weapp.ts` (`Taro.cloud`) for `import './cloud'` in the mini program.
 */
import type { Envelope } from '../core/contract'
import { useSession } from './session'

/** Sends one event `{action, ...payload}` to one function and answers the function's envelope. */
export type CloudTransport = (fn: string, event: Record<string, unknown>) => Promise<Envelope<unknown>>

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

/** Called once at launch (weapp: `Taro.cloud.init`; nothing to do on the web). */
export function initCloud(): void {}
