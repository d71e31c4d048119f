import { toIso } from '../../src/core/time'

type ClockHook = () => number
const CLOCK_KEY = Symbol.for('qbhy.clock')

/** Epoch ms. The local runtime installs a dev clock under the hook; in the cloud it is the real time. */
export function nowMs(): number {
  const hook = (globalThis as Record<symbol, unknown>)[CLOCK_KEY] as ClockHook | undefined
  return hook ? hook() : Date.now()
}

/** The current time as an ISO-8601 string in +08:00, the form every stored time takes. */
export function now(): string {
  return toIso(nowMs())
}
