import { useStore } from 'zustand'
import { townshipApi } from './api/calls'
import { createDispatchStore, type DispatchState } from './dispatch-store'
import { createSupervisionStore, type SupervisionState } from './supervision-store'

export const dispatchStore = createDispatchStore(townshipApi)
export const supervisionStore = createSupervisionStore(townshipApi)
export const useDispatch = <T>(select: (s: DispatchState) => T) => useStore(dispatchStore, select)
export const useSupervision = <T>(select: (s: SupervisionState) => T) => useStore(supervisionStore, select)
