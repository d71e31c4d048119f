// The browser's own events: Taro's onNetworkStatusChange follows navigator.connection, which
// Safari (iOS) does not have, while `online` fires everywhere.
export function onSendChance(flush: () => void): void {
  window.addEventListener('online', () => flush())
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && flush())
  window.addEventListener('pageshow', () => flush())
}
