import { createStore } from 'zustand/vanilla'
import type { HealthFile } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import type { CheckinApi } from './api/ports'
import { HEALTH_FILE_COPY } from './copy'

/** The form's text fields: dates YYYY-MM-DD, day counts as digits; empty = not known. */
export interface HealthDraft {
  lastExamDate: string
  leaveEntitled: string
  leaveTaken: string
  insuranceUntil: string
}

export interface HealthState {
  file: HealthFile | null
  draft: HealthDraft
  editing: boolean
  loading: boolean
  busy: boolean
  error: string | null
  load: () => Promise<void>
  edit: (on: boolean) => void
  setField: (key: keyof HealthDraft, value: string) => void
  save: () => Promise<boolean>
}

const toDraft = (f: HealthFile | null): HealthDraft => ({
  lastExamDate: f?.lastExamDate ?? '',
  leaveEntitled: f?.leaveEntitled == null ? '' : String(f.leaveEntitled),
  leaveTaken: f?.leaveTaken == null ? '' : String(f.leaveTaken),
  insuranceUntil: f?.insuranceUntil ?? '',
})

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAYS = /^\d{1,3}$/

/** Validates the draft in the user's words, or answers the fields to send. */
export function draftToFields(d: HealthDraft): { error: string } | { fields: Parameters<CheckinApi['updateHealthFile']>[0] } {
  for (const key of ['lastExamDate', 'insuranceUntil'] as const) {
    if (d[key] && !DATE.test(d[key])) return { error: HEALTH_FILE_COPY.badDate }
  }
  for (const key of ['leaveEntitled', 'leaveTaken'] as const) {
    if (d[key] && !DAYS.test(d[key])) return { error: HEALTH_FILE_COPY.badDays }
  }
  if (d.leaveEntitled && d.leaveTaken && Number(d.leaveTaken) > Number(d.leaveEntitled)) return { error: HEALTH_FILE_COPY.takenOverEntitled }
  const num = (s: string) => (s ? Number(s) : null)
  return {
    fields: { lastExamDate: d.lastExamDate || null, insuranceUntil: d.insuranceUntil || null, leaveEntitled: num(d.leaveEntitled), leaveTaken: num(d.leaveTaken) },
  }
}

/** The cadre's health file: shown, then edited in place. */
export function createHealthStore(api: Pick<CheckinApi, 'healthFile' | 'updateHealthFile'>) {
  return createStore<HealthState>()((set, get) => ({
    file: null,
    draft: toDraft(null),
    editing: false,
    loading: false,
    busy: false,
    error: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const file = await api.healthFile()
        set({ file, draft: toDraft(file), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    edit: (on) => set({ editing: on, draft: toDraft(get().file), error: null }),
    setField: (key, value) => set({ draft: { ...get().draft, [key]: value.trim() } }),
    save: async () => {
      const checked = draftToFields(get().draft)
      if ('error' in checked) return set({ error: checked.error }), false
      set({ busy: true, error: null })
      try {
        const file = await api.updateHealthFile(checked.fields)
        set({ file, draft: toDraft(file), busy: false, editing: false })
        return true
      } catch (e) {
        set({ busy: false, error: errorMessage(e) })
        return false
      }
    },
  }))
}
