import { createStore } from 'zustand/vanilla'
import { errorMessage } from '@/services/error-messages'
import type { AdminApi } from './api/ports'
import { ADMIN_COPY } from './copy'
import { draftOf, parseDraft, type SettingsDraft } from './lib/settings-form'

export interface SettingsState {
  draft: SettingsDraft | null
  errors: Partial<Record<keyof SettingsDraft | 'weights', string>>
  loading: boolean
  saving: boolean
  error: string | null
  notice: string | null
  load: () => Promise<void>
  setField: (k: keyof SettingsDraft, v: string) => void
  save: () => Promise<boolean>
}

/** 系统设置: the form is checked here first, in words, and the server checks it again. */
export function createSettingsStore(api: AdminApi) {
  return createStore<SettingsState>()((set, get) => ({
    draft: null,
    errors: {},
    loading: false,
    saving: false,
    error: null,
    notice: null,
    load: async () => {
      set({ loading: true, error: null, notice: null })
      try {
        set({ draft: draftOf(await api.settings()), errors: {}, loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    setField: (k, v) => set((s) => ({ draft: s.draft && { ...s.draft, [k]: v }, errors: {}, notice: null })),
    save: async () => {
      const { draft, saving } = get()
      if (!draft || saving) return false
      const parsed = parseDraft(draft)
      if ('errors' in parsed) return set({ errors: parsed.errors }), false
      set({ saving: true, error: null })
      try {
        set({ draft: draftOf(await api.settingsSet(parsed.settings)), saving: false, notice: ADMIN_COPY.settingsSaved })
        return true
      } catch (e) {
        set({ saving: false, error: errorMessage(e) })
        return false
      }
    },
  }))
}
