import { useStore } from 'zustand'
import { relaunch } from '@/services/navigate'
import { useSession } from '@/services/session'
import { bindWithCode } from './api/calls'
import { createBindStore, type BindState } from './bind-store'

export const bindStore = createBindStore(bindWithCode, useSession, () => relaunch('home'))
export const useBind = <T>(select: (s: BindState) => T) => useStore(bindStore, select)
