import { createStore } from 'zustand/vanilla'
import type { CalendarYear } from '@/core/admin-types'
import type { ParsedNotice } from '@/core/holiday-notice'
import { CloudError } from '@/services/call'
import type { Clock } from '@/services/clock'
import { errorMessage } from '@/services/error-messages'
import type { CalendarApi } from './api/ports'
import { CALENDAR_COPY } from './copy'

export interface CalendarState {
  year: number
  data: CalendarYear | null
  loading: boolean
  error: string | null
  /** the date whose override is being chosen */
  selected: string | null
  text: string
  parsed: ParsedNotice | null
  noticeError: string | null
  busy: boolean
  done: string | null
  load: () => Promise<void>
  shiftYear: (n: number) => Promise<void>
  select: (date: string | null) => void
  setDay: (day: 'work' | 'off' | null) => Promise<void>
  mark: (entered: boolean) => Promise<void>
  setText: (text: string) => void
  parse: () => Promise<void>
  apply: () => Promise<void>
  discard: () => void
}

/** An unreadable notice names its line; other failures read as usual. */
const noticeMessage = (e: unknown) =>
  e instanceof CloudError && e.code === 'INPUT.INVALID' && e.fields?.line ? CALENDAR_COPY.badLine(e.fields.line) : errorMessage(e)

/** The admin's working-day calendar: a year's days, one-date overrides, and applying the notice. */
export function createCalendarStore({ api, clock }: { api: CalendarApi; clock: Clock }) {
  return createStore<CalendarState>()((set, get) => {
    /** Runs a change that answers the year view; the screen shows the year it answered. */
    const change = async (run: () => Promise<CalendarYear>, onDone: Partial<CalendarState> = {}) => {
      set({ busy: true, error: null })
      try {
        const data = await run()
        set({ data, year: data.year, busy: false, ...onDone })
      } catch (e) {
        set({ busy: false, error: errorMessage(e) })
      }
    }
    return {
      // In November and December the admin is mostly after next year's schedule.
      year: +clock().slice(0, 4) + (+clock().slice(5, 7) >= 11 ? 1 : 0),
      data: null,
      loading: false,
      error: null,
      selected: null,
      text: '',
      parsed: null,
      noticeError: null,
      busy: false,
      done: null,
      load: async () => {
        const year = get().year
        set({ loading: true, error: null })
        try {
          const data = await api.year(year)
          if (get().year === year) set({ data, loading: false })
        } catch (e) {
          set({ loading: false, error: errorMessage(e) })
        }
      },
      shiftYear: async (n) => {
        set({ year: get().year + n, data: null, selected: null })
        await get().load()
      },
      select: (selected) => set({ selected }),
      setDay: async (day) => {
        const date = get().selected
        if (!date) return
        await change(() => api.set(date, day), { selected: null })
      },
      mark: (entered) => change(() => api.mark(get().year, entered)),
      setText: (text) => set({ text, noticeError: null, done: null }),
      parse: async () => {
        set({ busy: true, noticeError: null, parsed: null, done: null })
        try {
          set({ parsed: await api.parse(get().text), busy: false })
        } catch (e) {
          set({ busy: false, noticeError: noticeMessage(e) })
        }
      },
      apply: async () => {
        const parsed = get().parsed
        if (!parsed) return
        await change(() => api.apply(parsed.year, parsed.days), { parsed: null, text: '', done: CALENDAR_COPY.applied(parsed.year) })
      },
      discard: () => set({ parsed: null }),
    }
  })
}

export type CalendarStore = ReturnType<typeof createCalendarStore>
