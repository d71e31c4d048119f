/** When to try the outbox again. This file is the default (H5 and tests); `triggers.weapp.ts` is the mini program's. */

/**
 * Calls `flush` when the network comes back and when the app is shown again. The browser's own
 * events: Taro's onNetworkStatusChange follows navigator.connection, which Safari (iOS) does not
 * have, while `online` fires everywhere.
 */
export function onSendChance(flush: () => void): void {
  window.addEventListener('online', () => flush())
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && flush())
  window.addEventListener('pageshow', () => flush())
}
