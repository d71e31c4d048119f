/** When to try the outbox again; `triggers.weapp.ts` and `triggers.h5.ts` implement it. */

/** Calls `flush` when the network comes back and when the app is shown again. */
export declare function onSendChance(flush: () => void): void
