import { createStore } from 'zustand/vanilla'
import type { CheckinAnswers } from '@/core/care-schemas'
import { CONSENT_VERSION, type Checkin } from '@/core/care-types'
import { errorMessage } from '@/services/error-messages'
import { CloudError } from '@/services/call'
import type { OutboxItem } from '@/services/outbox'
import type { OutboxStore } from '@/services/outbox/outbox-store'
import type { CheckinApi } from './api/ports'
import { CHECKIN_COPY } from './copy'

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
  /** today's answers wait in the outbox (待发送) */
  queued: boolean
  busy: boolean
  load: () => Promise<void>
  set: <K extends keyof CheckinAnswers>(key: K, value: CheckinAnswers[K]) => void
  submit: () => Promise<boolean>
  consent: () => Promise<boolean>
}

type Api = Pick<CheckinApi, 'consentStatus' | 'consent' | 'today'>

/** The check-in the cadre gave that the cloud does not have yet (the newest). */
export const waitingCheckin = (items: OutboxItem[]) =>
  items.filter((i) => i.kind === 'checkin' && i.state !== 'sent').at(-1)

const answersOf = (item: OutboxItem): CheckinAnswers => ({ note: '', wantsContact: false, ...(item.payload as unknown as CheckinAnswers) })

/**
 * The daily check-in: opens with today's or the last answers, one tap sends it through the
 * outbox, so an answer given offline is kept and shown (待发送) until the cloud has it.
 */
export function createCheckinStore(api: Api, outbox: OutboxStore) {
  return createStore<CheckinState>()((set, get) => ({
    loading: false,
    error: null,
    consented: null,
    date: null,
    answers: DEFAULT_ANSWERS,
    done: null,
    queued: false,
    busy: false,
    load: async () => {
      set({ loading: true, error: null })
      const waiting = waitingCheckin(outbox.getState().items)
      // the form may already show (after consenting, or a reload): a tap given while this load is
      // on its way wins over what the load brings, so no answer is silently turned back
      const shown = get().answers
      const answered = (loaded: CheckinAnswers) => (get().answers !== shown ? get().answers : loaded)
      try {
        const [consent, today] = await Promise.all([api.consentStatus(), api.today()])
        const p = today.prefill
        const own = waiting?.ref === today.date ? waiting : undefined
        const answers = own
          ? answersOf(own)
          : p ? { health: p.health, mood: p.mood, stress: p.stress, note: today.checkin?.note ?? '', wantsContact: today.checkin?.wantsContact ?? false } : DEFAULT_ANSWERS
        set({ loading: false, consented: consent.consented, date: today.date, answers: answered(answers), done: today.checkin, queued: !!own })
      } catch (e) {
        // offline: what the cadre answered is on the phone, so the form shows it rather than an error
        if (waiting && e instanceof CloudError && e.code === 'NETWORK.FAILED') {
          set({ loading: false, consented: true, date: waiting.ref ?? null, answers: answered(answersOf(waiting)), queued: true })
        } else set({ loading: false, error: errorMessage(e) })
      }
    },
    set: (key, value) => set({ answers: { ...get().answers, [key]: value } }),
    submit: async () => {
      if (get().busy) return false
      set({ busy: true, error: null })
      try {
        const { note, ...rest } = get().answers
        const payload = note?.trim() ? { ...rest, note: note.trim() } : rest
        const date = get().date ?? ''
        const out = await outbox.getState().send({
          kind: 'checkin', key: `checkin-${date}`, fn: 'checkins', action: 'submit', payload: { ...payload }, title: CHECKIN_COPY.outboxTitle, ref: date,
        })
        if (out.state === 'failed') throw out.error
        set(out.state === 'sent' ? { busy: false, done: out.data as Checkin, queued: false } : { busy: false, queued: true })
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
