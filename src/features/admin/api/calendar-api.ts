import type { NoticeDay } from '../../../core/holiday-notice'
import { call } from '../../../services/call'

/** The admin's calls for the working-day calendar (SPEC §7.3). */
export const calendarApi = {
  year: (year: number) => call('admin', 'calendar', { year }),
  set: (date: string, day: 'work' | 'off' | null) => call('admin', 'calendarSet', { date, day }),
  parse: (text: string) => call('admin', 'calendarParse', { text }),
  apply: (year: number, days: NoticeDay[]) => call('admin', 'calendarApply', { year, days }),
  mark: (year: number, entered: boolean) => call('admin', 'calendarMark', { year, entered }),
}

export type CalendarApi = typeof calendarApi
