/**
 * When work the first screen does not need may run (this file: H5 and tests; `idle.weapp.ts`: the
 * mini program). Refreshes, names and the outbox's first pass wait for it, so on a slow phone
 * their answers do not hold up the first paint. The browser is idle once the first screen is laid
 * out and painted; Safari has no requestIdleCallback, so there it is the task after the next frame.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 1000 })
    else window.requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}
