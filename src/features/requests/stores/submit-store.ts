import { createStore } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { parseInput, submitSchema } from '../../../core/schemas'
import type { Category, RequestKind, ServiceRequest, Urgency } from '../../../core/types'
import { CloudError } from '../../../services/call'
import { errorMessage } from '../../../services/error-messages'
import { taroStorage } from '../../../services/taro-storage'
import type { SubmitApi } from '../api/ports'
import { newClientRequestId } from '../lib/client-request-id'
import { fieldErrors } from '../lib/field-errors'

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
  /** the last attempt failed for want of network: send again when it returns */
  pending: boolean
  setKind: (kind: RequestKind) => void
  setField: <K extends DraftField>(key: K, value: Draft[K]) => void
  /** validate, send; the created request, or null (errors are in the state) */
  submit: () => Promise<ServiceRequest | null>
  /** after the network returns: send the draft that failed offline, once */
  retryIfPending: () => Promise<ServiceRequest | null>
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
  api: SubmitApi,
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
        pending: false,
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
          set({ submitting: true, errors: {}, submitError: null })
          try {
            const created = await api.submit(payload)
            set({ draft: emptyDraft(newId), submitting: false, pending: false })
            return created
          } catch (e) {
            const offline = e instanceof CloudError && e.code === 'NETWORK.FAILED'
            set({ submitting: false, pending: offline, errors: fieldErrors(e) ?? {}, submitError: errorMessage(e) })
            return null
          }
        },
        retryIfPending: async () => (get().pending && !get().submitting ? get().submit() : null),
        reset: () => set({ draft: emptyDraft(newId), errors: {}, submitError: null, pending: false }),
      }),
      {
        name: 'qb-submit-draft',
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ draft: s.draft, pending: s.pending }),
      },
    ),
  )
}

export type SubmitStore = ReturnType<typeof createSubmitStore>
