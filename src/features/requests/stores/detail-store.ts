import { createStore } from 'zustand/vanilla'
import type { Satisfaction, ServiceRequest } from '../../../core/types'
import { errorMessage } from '../../../services/error-messages'
import type { DetailApi } from '../api/ports'

export type Panel = 'none' | 'resolve' | 'confirm'

export interface ConfirmInput {
  solved: boolean | null
  satisfaction: Satisfaction | null
  comment: string
}

export interface DetailState {
  id: string | null
  request: ServiceRequest | null
  loading: boolean
  error: string | null
  busy: boolean
  /** the form open under the action buttons */
  panel: Panel
  formError: string | null
  load: (id: string) => Promise<void>
  openPanel: (panel: Panel) => void
  signFor: () => Promise<boolean>
  resolve: (note: string) => Promise<boolean>
  confirm: (input: ConfirmInput) => Promise<boolean>
}

/** One request and its actions; after every action the request is read again from the server. */
export function createRequestDetailStore(api: DetailApi) {
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

    const run = async (action: (id: string) => Promise<unknown>): Promise<boolean> => {
      const id = get().id
      if (!id || get().busy) return false
      set({ busy: true, formError: null })
      try {
        await action(id)
        set({ panel: 'none' })
        return true
      } catch (e) {
        set({ formError: errorMessage(e) })
        return false
      } finally {
        // Reload after a failure too: REQUEST.BAD_STATE means someone else changed it.
        await reload()
        set({ busy: false })
      }
    }

    return {
      id: null,
      request: null,
      loading: false,
      error: null,
      busy: false,
      panel: 'none',
      formError: null,
      load: async (id) => {
        const same = get().request?.id === id
        set({ id, request: same ? get().request : null, loading: !same, error: null, panel: 'none', formError: null })
        await reload()
        set({ loading: false })
      },
      openPanel: (panel) => set({ panel, formError: null }),
      signFor: () => run((id) => api.signFor(id)),
      resolve: async (note) => {
        if (note.trim().length < 5) {
          set({ formError: '办结说明至少 5 个字' })
          return false
        }
        return run((id) => api.resolve(id, note.trim()))
      },
      confirm: async ({ solved, satisfaction, comment }) => {
        if (solved === null || satisfaction === null) {
          set({ formError: '请选择问题是否解决和满意程度' })
          return false
        }
        const trimmed = comment.trim()
        return run((id) => api.confirm({ id, solved, satisfaction, ...(trimmed ? { comment: trimmed } : {}) }))
      },
    }
  })
}

export type RequestDetailStore = ReturnType<typeof createRequestDetailStore>
