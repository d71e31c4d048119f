import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { CloudError } from '../call'

/** What the phone keeps until the cloud has it (SPEC §11 weak network). */
export type OutboxKind = 'request' | 'checkin' | 'reply' | 'confirm'

export interface OutboxInput {
  kind: OutboxKind
  /** idempotency key: clientRequestId, `checkin:<date>`, or the reply's / rating's clientActionId */
  key: string
  fn: string
  action: string
  payload: Record<string, unknown>
  /** shown to the user: the request title, 今日打卡… */
  title: string
  /** the request id (reply, rating) or the date (check-in) the item belongs to */
  ref?: string
}

export type OutboxItemState = 'pending' | 'sending' | 'sent' | 'failed'

export interface OutboxItem extends OutboxInput {
  id: string
  state: OutboxItemState
  createdAt: number
  attempts: number
  /** no automatic attempt before this time (backoff); a reconnect or app show ignores it */
  nextAt: number
  /** a refusal the user must act on */
  code?: string
  sentAt?: number
  /** id of what the cloud created or changed (the request) */
  resultId?: string
}

/** The outcome of the attempt made while the user waits. */
export type SendOutcome = { state: 'sent'; data: unknown } | { state: 'queued' } | { state: 'failed'; error: CloudError }

export interface OutboxDeps {
  /** the cloud call (named apart from the store's `send`: Taro's H5 babel build confused the two) */
  deliver: (fn: string, action: string, payload: Record<string, unknown>) => Promise<unknown>
  storage: StateStorage
  now: () => number
  /** runs `fn` after `ms` (a retry timer); answers a cancel */
  schedule: (ms: number, fn: () => void) => () => void
  newId?: () => string
}

export interface OutboxState {
  items: OutboxItem[]
  /** queue it and try at once; a refusal on this first try is handed back and not kept */
  send: (input: OutboxInput) => Promise<SendOutcome>
  /** send everything pending, in order; `force` ignores the backoff (network back, app shown) */
  flush: (force?: boolean) => Promise<void>
  /** the user asks to send a refused item again */
  retry: (id: string) => Promise<void>
  remove: (id: string) => void
}

/** A refusal that sending again will not change, unlike no network or a busy server. */
/** Worth sending again later: no answer, a server error, a busy database or an organisation import in progress. */
export const isTransient = (e: unknown) =>
  e instanceof CloudError && ['NETWORK.FAILED', 'INTERNAL', 'SYSTEM.BUSY', 'ORG.UPDATING'].includes(e.code)
const MAX_INTERNAL = 6
const BACKOFF_MS = [5_000, 15_000, 60_000, 300_000]
const KEEP_SENT_MS = 24 * 3600_000

const resultIdOf = (data: unknown) =>
  data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : undefined

export function createOutbox({ deliver, storage, now, schedule, newId = () => `${now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }: OutboxDeps) {
  let running: Promise<void> | null = null
  let cancelTimer: (() => void) | null = null
  /** outcomes of the first attempt, awaited by `send` */
  const waiting = new Map<string, (o: SendOutcome) => void>()

  return createStore<OutboxState>()(
    persist(
      (set, get) => {
        const patch = (id: string, fields: Partial<OutboxItem>) =>
          set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, ...fields } : i)) }))

        const settle = (id: string, outcome: SendOutcome) => waiting.get(id)?.(outcome)

        const arm = () => {
          cancelTimer?.()
          cancelTimer = null
          const next = get().items.find((i) => i.state === 'pending')
          if (next) cancelTimer = schedule(Math.max(1000, next.nextAt - now()), () => void get().flush())
        }

        /** one item: sent, back to pending (stop here to keep the order), or refused */
        const attempt = async (item: OutboxItem): Promise<boolean> => {
          patch(item.id, { state: 'sending' })
          try {
            const data = await deliver(item.fn, item.action, item.payload)
            patch(item.id, { state: 'sent', sentAt: now(), resultId: resultIdOf(data), code: undefined })
            settle(item.id, { state: 'sent', data })
            return true
          } catch (e) {
            const attempts = item.attempts + 1
            const error = e instanceof CloudError ? e : new CloudError('INTERNAL', String(e))
            if (isTransient(error) && !(error.code === 'INTERNAL' && attempts >= MAX_INTERNAL)) {
              const wait = BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1]
              patch(item.id, { state: 'pending', attempts, nextAt: now() + wait })
              settle(item.id, { state: 'queued' })
              return false
            }
            patch(item.id, { state: 'failed', attempts, code: error.code })
            settle(item.id, { state: 'failed', error })
            return true
          }
        }

        const run = async (force: boolean) => {
          const t = now()
          set((s) => ({ items: s.items.filter((i) => i.state !== 'sent' || t - (i.sentAt ?? 0) < KEEP_SENT_MS) }))
          for (;;) {
            const item = get().items.find((i) => i.state === 'pending')
            if (!item || (!force && item.nextAt > now())) break
            if (!(await attempt(item))) break
          }
          arm()
        }

        const flush = (force = false): Promise<void> => {
          // one pass at a time: an item in flight is never sent twice
          running ??= run(force).finally(() => (running = null))
          return running
        }

        return {
          items: [],
          send: async (input) => {
            const id = newId()
            const item: OutboxItem = { ...input, id, state: 'pending', createdAt: now(), attempts: 0, nextAt: 0 }
            // a newer check-in of the same day replaces one not yet sent (the server keeps the last)
            set((s) => ({ items: [...s.items.filter((i) => !(i.key === input.key && i.state === 'pending')), item] }))
            const seen: { result: SendOutcome } = { result: { state: 'queued' } }
            waiting.set(id, (o) => (seen.result = o))
            await running
            await flush(true)
            // not reached (an earlier item still waits for the network): it stays queued
            waiting.delete(id)
            if (seen.result.state === 'failed') get().remove(id)
            return seen.result
          },
          flush,
          retry: async (id) => {
            patch(id, { state: 'pending', nextAt: 0, attempts: 0, code: undefined })
            await running
            await flush(true)
          },
          remove: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id || i.state === 'sending') })),
        }
      },
      {
        name: 'qb-outbox',
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ items: s.items }),
        // a send cut off by a restart may or may not have arrived: its key makes the resend harmless
        merge: (persisted, current) => ({
          ...current,
          items: ((persisted as { items?: OutboxItem[] } | undefined)?.items ?? []).map((i) =>
            i.state === 'sending' ? { ...i, state: 'pending' as const } : i,
          ),
        }),
      },
    ),
  )
}

export type OutboxStore = ReturnType<typeof createOutbox>
