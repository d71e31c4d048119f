import { createStore } from 'zustand/vanilla'
import { CONSENT_VERSION, type CheckinAnswers, type Checkin } from '../../core/care-types'
import { errorMessage } from '../../services/error-messages'
import { CloudError } from '../../services/call'
import type { CheckinApi } from './api/checkin-api'

/** First check-in ever: the answers most cadres give, so two taps still finish it. */
export const DEFAULT_ANSWERS: CheckinAnswers = { health: 'good', mood: 4, stress: 'low', note: '', wantsContact: false }

export interface CheckinState {
  loading: boolean
  error: string | null
  /** null until known; false → the page shows the consent first */
  consented: boolean | null
  date: string | null
  answers: CheckinAnswers
  /** today's stored check-in (after submit: the one just sent) */
  done: Checkin | null
  busy: boolean
  load: () => Promise<void>
  set: <K extends keyof CheckinAnswers>(key: K, value: CheckinAnswers[K]) => void
  submit: () => Promise<boolean>
  consent: () => Promise<boolean>
}

type Api = Pick<CheckinApi, 'consentStatus' | 'consent' | 'today' | 'submit'>

/** The daily check-in: opens with today's or the last answers, one tap sends it. */
export function createCheckinStore(api: Api) {
  return createStore<CheckinState>()((set, get) => ({
    loading: false,
    error: null,
    consented: null,
    date: null,
    answers: DEFAULT_ANSWERS,
    done: null,
    busy: false,
    load: async () => {
      set({ loading: true, error: null })
      try {
        const [consent, today] = await Promise.all([api.consentStatus(), api.today()])
        const p = today.prefill
        const answers = p ? { health: p.health, mood: p.mood, stress: p.stress, note: today.checkin?.note ?? '', wantsContact: today.checkin?.wantsContact ?? false } : DEFAULT_ANSWERS
        set({ loading: false, consented: consent.consented, date: today.date, answers, done: today.checkin })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
    set: (key, value) => set({ answers: { ...get().answers, [key]: value } }),
    submit: async () => {
      if (get().busy) return false
      set({ busy: true, error: null })
      try {
        const { note, ...rest } = get().answers
        const done = await api.submit(note?.trim() ? { ...rest, note: note.trim() } : rest)
        set({ busy: false, done })
        return true
      } catch (e) {
        const needsConsent = e instanceof CloudError && e.code === 'CHECKIN.CONSENT_REQUIRED'
        set({ busy: false, error: errorMessage(e), ...(needsConsent ? { consented: false } : {}) })
        return false
      }
    },
    consent: async () => {
      set({ busy: true, error: null })
      try {
        await api.consent(CONSENT_VERSION)
        set({ busy: false, consented: true })
        return true
      } catch (e) {
        set({ busy: false, error: errorMessage(e) })
        return false
      }
    },
  }))
}

export type CheckinStore = ReturnType<typeof createCheckinStore>
