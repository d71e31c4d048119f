import { useStore } from 'zustand'
import { systemClock } from '@/services/clock'
import { calendarApi } from './api/calls'
import { createCalendarStore, type CalendarState } from './calendar-store'

export const calendarStore = createCalendarStore({ api: calendarApi, clock: systemClock })

export const useCalendar = <T>(select: (s: CalendarState) => T) => useStore(calendarStore, select)
