/** The app's one outbox (SPEC §11 weak network), wired to the cloud, the phone's storage and its events. */
import { useStore } from 'zustand'
import { call } from '../call'
import { taroStorage } from '../taro-storage'
import { createOutbox, type OutboxState } from './outbox-store'
import { onSendChance } from './triggers'

export const outbox = createOutbox({
  deliver: (fn, action, payload) => call(fn as never, action as never, payload as never),
  storage: taroStorage,
  now: () => Date.now(),
  schedule: (ms, fn) => {
    const t = setTimeout(fn, ms)
    return () => clearTimeout(t)
  },
})

export const useOutbox = <T>(select: (s: OutboxState) => T) => useStore(outbox, select)

/** At launch: send what an earlier session left, and again at every chance the phone gives. */
export function startOutbox(): void {
  onSendChance(() => void outbox.getState().flush(true))
  void outbox.getState().flush(true)
}

export type { OutboxInput, OutboxItem, SendOutcome } from './outbox-store'
