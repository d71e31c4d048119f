import { useEffect } from 'react'

/** Calls `tick` every `ms` while the component is mounted (live countdowns). */
export function useTicker(tick: () => void, ms = 60_000): void {
  useEffect(() => {
    const timer = setInterval(tick, ms)
    return () => clearInterval(timer)
  }, [tick, ms])
}
