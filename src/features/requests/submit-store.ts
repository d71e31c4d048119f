import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { parseInput, submitSchema } from '@/core/schemas'
import type { Category, RequestKind, ServiceRequest, Urgency } from '@/core/types'
import { errorMessage } from '@/services/error-messages'
import type { OutboxStore } from '@/services/outbox/outbox-store'
import { taroStorage } from '@/services/taro-storage'
import { newClientRequestId } from './lib/client-request-id'
import { fieldErrors } from './lib/field-errors'

export interface Draft {
  /** chosen once per draft, so a retry after a network failure is the same request */
  clientRequestId: string
  kind: RequestKind
  category: Category | ''
  title: string
  description: string
  urgency: Urgency
  /** fileIDs of photos already uploaded (up to 6), so they survive an app restart with the draft */
  attachments: string[]
}

export type DraftField = 'category' | 'title' | 'description' | 'urgency' | 'attachments'

export interface SubmitState {
  draft: Draft
  errors: Record<string, string>
  submitError: string | null
  submitting: boolean
  /** the last submit went into the outbox for want of network (待发送); the form is empty again */
  queued: boolean
  setKind: (kind: RequestKind) => void
  setField: <K extends DraftField>(key: K, value: Draft[K]) => void
  /** validate, send through the outbox; the created request, or null (queued, or errors in the state) */
  submit: () => Promise<ServiceRequest | null>
  reset: () => void
}

const emptyDraft = (newId: () => string): Draft => ({
  clientRequestId: newId(),
  kind: 'difficulty',
  category: '',
  title: '',
  description: '',
  urgency: 'normal',
  attachments: [],
})

export function createSubmitStore(
  outbox: OutboxStore,
  storage: StateStorage = taroStorage,
  newId: () => string = newClientRequestId,
) {
  return createStore<SubmitState>()(
    persist(
      (set, get) => ({
        draft: emptyDraft(newId),
        errors: {},
        submitError: null,
        submitting: false,
        queued: false,
        setKind: (kind) => set((s) => ({ draft: { ...s.draft, kind, category: '' }, errors: {} })),
        setField: (key, value) =>
          set((s) => {
            const { [key]: _cleared, ...errors } = s.errors
            return { draft: { ...s.draft, [key]: value }, errors }
          }),
        submit: async () => {
          if (get().submitting) return null
          let payload
          try {
            const draft = get().draft
            // drafts saved before photos existed have no attachments
            payload = parseInput(submitSchema, { ...draft, attachments: draft.attachments ?? [] })
          } catch (e) {
            set({ errors: fieldErrors(e) ?? {}, submitError: null })
            return null
          }
          set({ submitting: true, errors: {}, submitError: null, queued: false })
          // the outbox keeps it under its clientRequestId until the cloud has it: the draft is done
          const out = await outbox.getState().send({
            kind: 'request', key: payload.clientRequestId, fn: 'requests', action: 'submit', payload: { ...payload }, title: payload.title,
          })
          if (out.state === 'failed') {
            set({ submitting: false, errors: fieldErrors(out.error) ?? {}, submitError: errorMessage(out.error) })
            return null
          }
          set({ draft: emptyDraft(newId), submitting: false, queued: out.state === 'queued' })
          return out.state === 'sent' ? (out.data as ServiceRequest) : null
        },
        reset: () => set({ draft: emptyDraft(newId), errors: {}, submitError: null, queued: false }),
      }),
      {
        name: 'qb-submit-draft',
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ draft: s.draft }),
      },
    ),
  )
}

export type SubmitStore = ReturnType<typeof createSubmitStore>
