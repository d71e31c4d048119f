import { useEffect, useRef } from 'react'
import { offNetworkStatusChange, onNetworkStatusChange } from '@tarojs/taro'

/** Runs `callback` each time the phone gets its network back while the page is shown. */
export function useOnReconnect(callback: () => void): void {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    const listener = (res: { isConnected: boolean }) => {
      if (res.isConnected) latest.current()
    }
    onNetworkStatusChange(listener)
    return () => offNetworkStatusChange(listener)
  }, [])
}
