// The mini program draws from setData in its own thread; the next task is soon enough.
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
