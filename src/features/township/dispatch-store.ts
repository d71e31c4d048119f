import { createStore } from 'zustand/vanilla'
import type { ServiceRequest } from '@/core/types'
import { byNearestDeadline } from '@/components/request/deadline'
import { systemClock, type Clock } from '@/services/clock'
import { errorMessage } from '@/services/error-messages'
import type { TownshipApi } from './api/ports'
import { TOWNSHIP_COPY } from './copy'
import { listAll } from './lib/list-all'

export interface DispatchState {
  items: ServiceRequest[]
  now: string
  loading: boolean
  error: string | null
  /** the request whose unit picker is open */
  choosing: string | null
  unitId: string | null
  busy: boolean
  formError: string | null
  /** the last request dispatched (a short confirmation) */
  done: string | null
  load: () => Promise<void>
  choose: (id: string | null) => void
  setUnit: (unitId: string) => void
  dispatch: () => Promise<boolean>
}

/** 待派单: what routing could not place, oldest first, and the secretary's 派单 (final). */
export function createDispatchStore(api: TownshipApi, clock: Clock = systemClock) {
  return createStore<DispatchState>()((set, get) => {
    const load = async () => {
      set({ loading: true, error: null })
      try {
        const items = await listAll(api, 'pending_dispatch')
        set({ items: items.sort(byNearestDeadline), now: clock(), loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    }
    return {
      items: [],
      now: clock(),
      loading: false,
      error: null,
      choosing: null,
      unitId: null,
      busy: false,
      formError: null,
      done: null,
      load,
      choose: (id) => set({ choosing: id, unitId: null, formError: null }),
      setUnit: (unitId) => set({ unitId, formError: null }),
      dispatch: async () => {
        const { choosing, unitId, busy } = get()
        if (!choosing || busy) return false
        if (!unitId) {
          set({ formError: TOWNSHIP_COPY.mustPickUnit })
          return false
        }
        set({ busy: true, formError: null })
        try {
          await api.dispatch(choosing, unitId)
          set({ choosing: null, unitId: null, done: choosing })
          return true
        } catch (e) {
          set({ formError: errorMessage(e) })
          return false
        } finally {
          set({ busy: false })
          await load()
        }
      },
    }
  })
}

export type DispatchStore = ReturnType<typeof createDispatchStore>
