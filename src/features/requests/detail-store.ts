import { createStore } from 'zustand/vanilla'
import type { CommandType } from '@/core/lifecycle/commands'
import type { RequestView } from '@/core/contacts'
import { errorMessage } from '@/services/error-messages'
import type { OutboxInput, SendOutcome } from '@/services/outbox/outbox-store'
import type { DetailApi } from './api/ports'
import { DETAIL_COPY } from './copy'
import { newClientRequestId } from './lib/client-request-id'
import { emptyValues, validateForm, type FormAction, type FormValues, type PayloadWithoutId } from './lib/action-forms'

export type Panel = FormAction | 'none'

/** The submitter's answers that must not be lost offline (SPEC §11): they go through the outbox. */
const QUEUED_ACTIONS: readonly CommandType[] = ['reply', 'confirm']

export interface QueuePort {
  send: (input: OutboxInput) => Promise<SendOutcome>
}

export interface DetailState {
  id: string | null
  request: RequestView | null
  loading: boolean
  error: string | null
  busy: boolean
  /** the form open under the action buttons, and what has been typed into it */
  panel: Panel
  values: FormValues
  formError: string | null
  /** the last action that went through (the page asks for subscribe credits after some) */
  lastDone: CommandType | null
  /** the last reply or rating waits in the outbox (待发送) */
  queued: boolean
  load: (id: string) => Promise<void>
  openPanel: (panel: Panel) => void
  setValue: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void
  /** validate the open form (or the form of `action`, shown open at the top) and send it */
  submitPanel: (action?: FormAction) => Promise<boolean>
  /** a one-tap action (签收, 撤回, 同意延期…) */
  run: <A extends CommandType>(action: A, payload: PayloadWithoutId<A>) => Promise<boolean>
}

/** One request and its actions; after every action the request is read again from the server. */
export function createRequestDetailStore(api: DetailApi, outbox?: QueuePort) {
  return createStore<DetailState>()((set, get) => {
    const reload = async () => {
      const id = get().id
      if (!id) return
      try {
        set({ request: await api.get(id), error: null })
      } catch (e) {
        set({ error: errorMessage(e) })
      }
    }

    /** through the outbox with an idempotency key: answers null when it waits there (待发送) */
    const perform = async (action: CommandType, payload: Record<string, unknown>): Promise<RequestView | null> => {
      if (!outbox || !QUEUED_ACTIONS.includes(action)) return api.act(action, payload as never)
      const input = { ...payload, clientActionId: newClientRequestId() }
      const title = DETAIL_COPY.queued(action as 'reply' | 'confirm', get().request?.title ?? '')
      const out = await outbox.send({ kind: action as 'reply' | 'confirm', key: input.clientActionId, fn: 'requests', action, payload: input, title, ref: String(payload.id) })
      if (out.state === 'failed') throw out.error
      return out.state === 'sent' ? (out.data as RequestView) : null
    }

    const run = async <A extends CommandType>(action: A, payload: PayloadWithoutId<A>): Promise<boolean> => {
      const id = get().id
      if (!id || get().busy) return false
      set({ busy: true, formError: null, queued: false })
      try {
        // The answer is the request as the viewer may now see it: after 退单 or 转派 a liaison
        // can no longer read it, so it is shown as it left their hands rather than read again.
        const updated = await perform(action, { ...payload, id })
        if (!updated) {
          set({ panel: 'none', values: emptyValues(), queued: true, busy: false })
          return true
        }
        set({ request: updated, panel: 'none', values: emptyValues(), lastDone: action, busy: false })
        return true
      } catch (e) {
        set({ formError: errorMessage(e) })
        // REQUEST.BAD_STATE means someone else changed it: show it as it now is.
        await reload()
        set({ busy: false })
        return false
      }
    }

    return {
      id: null,
      request: null,
      loading: false,
      error: null,
      busy: false,
      panel: 'none',
      values: emptyValues(),
      formError: null,
      lastDone: null,
      queued: false,
      load: async (id) => {
        const same = get().request?.id === id
        set({ id, request: same ? get().request : null, loading: !same, error: null, formError: null, lastDone: null })
        if (!same) set({ panel: 'none', values: emptyValues() })
        await reload()
        set({ loading: false })
      },
      openPanel: (panel) => set({ panel, values: emptyValues(), formError: null }),
      setValue: (key, value) => set((s) => ({ values: { ...s.values, [key]: value }, formError: null })),
      submitPanel: async (action) => {
        const { values } = get()
        const panel = action ?? get().panel
        if (panel === 'none') return false
        const checked = validateForm(panel, values)
        if (!checked.ok) {
          set({ formError: checked.error })
          return false
        }
        return run(panel, checked.payload as PayloadWithoutId<typeof panel>)
      },
      run,
    }
  })
}

export type RequestDetailStore = ReturnType<typeof createRequestDetailStore>
