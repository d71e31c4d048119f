import { toIso } from '../../src/core/time'

/** Answers the current time in epoch ms. */
export type ClockHook = () => number

/**
 * The one hook through which the local runtime, the tests and the benches move the clock of
 * server code. A registered symbol, so the copy inlined into every function bundle sees the same
 * hook; in the cloud nothing installs it and the time is real.
 */
const CLOCK_HOOK = Symbol.for('qbhy.clock')
const slot = globalThis as Record<symbol, ClockHook | undefined>

/** Epoch ms: the installed hook's time, else the real time. */
export function nowMs(): number {
  const hook = slot[CLOCK_HOOK]
  return hook ? hook() : Date.now()
}

/** The current time as an ISO-8601 string in +08:00, the form every stored time takes. */
export function now(): string {
  return toIso(nowMs())
}

/** Installs hook as the clock; the answer removes it again (unless another was installed since). */
export function installClockHook(hook: ClockHook): () => void {
  slot[CLOCK_HOOK] = hook
  return () => {
    if (slot[CLOCK_HOOK] === hook) delete slot[CLOCK_HOOK]
  }
}
