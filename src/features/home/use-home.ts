import { useStore } from 'zustand'
import { DEV_PICKER } from '@/services/dev'
import { whenIdle } from '@/services/idle'
import { relaunch } from '@/services/navigate'
import { useSession } from '@/services/session'
import { whoami } from '@/services/whoami'
import { createHomeStore, type HomeState } from './home-store'

export const homeStore = createHomeStore({
  whoami,
  session: useSession,
  needsPicker: DEV_PICKER,
  toLogin: () => relaunch('login'),
  toBind: () => relaunch('bind'),
  idle: whenIdle,
})
export const useHome = <T>(select: (s: HomeState) => T) => useStore(homeStore, select)

/** Dev mode: forget the demo user and pick another. */
export function switchUser(): void {
  useSession.getState().clear()
  relaunch('login')
}
