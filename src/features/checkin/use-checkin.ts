import { useStore } from 'zustand'
import { outbox } from '@/services/outbox'
import { checkinApi } from './api/calls'
import { createCheckinStore, type CheckinState } from './checkin-store'
import { createHealthStore, type HealthState } from './health-store'
import { createHistoryStore, type HistoryState } from './history-store'

export const checkinStore = createCheckinStore(checkinApi, outbox)
export const historyStore = createHistoryStore(checkinApi)
export const healthStore = createHealthStore(checkinApi)

export const useCheckin = <T>(select: (s: CheckinState) => T) => useStore(checkinStore, select)
export const useHistory = <T>(select: (s: HistoryState) => T) => useStore(historyStore, select)
export const useHealth = <T>(select: (s: HealthState) => T) => useStore(healthStore, select)
