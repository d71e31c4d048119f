import { createStore } from 'zustand/vanilla'
import type { CareTaskDetail, TalkMode } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import type { CareApi } from './api/ports'
import { CARE_COPY } from './copy'

export interface TalkDraft {
  date: string
  mode: TalkMode | ''
  summary: string
}

export interface TaskState {
  taskId: string | null
  detail: CareTaskDetail | null
  loading: boolean
  error: string | null
  draft: TalkDraft
  busy: boolean
  formError: string | null
  load: (taskId: string) => Promise<void>
  setDraft: <K extends keyof TalkDraft>(key: K, value: TalkDraft[K]) => void
  record: () => Promise<boolean>
}

/** One care task and the form that records the talk (谈心谈话) and closes it. */
export function createTaskStore(api: Pick<CareApi, 'get' | 'record'>) {
  return createStore<TaskState>()((set, get) => ({
    taskId: null,
    detail: null,
    loading: false,
    error: null,
    draft: { date: '', mode: '', summary: '' },
    busy: false,
    formError: null,
    load: async (taskId) => {
      const fresh = get().taskId !== taskId
      set({ taskId, loading: true, error: null, ...(fresh ? { detail: null, draft: { date: '', mode: '', summary: '' }, formError: null } : {}) })
      try {
        const detail = await api.get(taskId)
        // the talk is dated today (the server's date) unless the liaison picks another day
        set({ detail, loading: false, ...(get().draft.date ? {} : { draft: { ...get().draft, date: detail.today } }) })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    setDraft: (key, value) => set({ draft: { ...get().draft, [key]: value } }),
    record: async () => {
      const { taskId, draft, busy } = get()
      if (!taskId || busy) return false
      if (!draft.mode) return set({ formError: CARE_COPY.pickMode }), false
      if (draft.summary.trim().length < 5) return set({ formError: CARE_COPY.summaryTooShort }), false
      set({ busy: true, formError: null })
      try {
        await api.record(taskId, { date: draft.date, mode: draft.mode, summary: draft.summary.trim() })
        set({ detail: await api.get(taskId), busy: false })
        return true
      } catch (e) {
        set({ busy: false, formError: errorMessage(e) })
        return false
      }
    },
  }))
}
