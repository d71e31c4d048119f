import { createStore } from 'zustand/vanilla'
import type { User } from '@/core/types'
import { errorMessage } from '@/services/error-messages'
import type { SessionPort } from '@/services/session-port'
import type { LoginApi } from './api/ports'
import { LOGIN_COPY } from './copy'

export interface LoginState {
  users: User[]
  loading: boolean
  error: string | null
  /** the openid being signed in */
  picking: string | null
  load: () => Promise<void>
  pick: (user: User) => Promise<void>
}

/** Dev mode: pick a demo user, then ask the server who that is (`auth.whoami`). */
export function createLoginStore(api: LoginApi, session: SessionPort, onSignedIn: () => void) {
  return createStore<LoginState>()((set, get) => ({
    users: [],
    loading: false,
    error: null,
    picking: null,
    load: async () => {
      set({ loading: true, error: null })
      try {
        set({ users: (await api.devUsers()).filter((u) => u.active !== false && !!u.openid), loading: false })
      } catch {
        set({ loading: false, error: LOGIN_COPY.unreachable })
      }
    },
    pick: async (user) => {
      if (get().picking) return
      set({ picking: user.openid, error: null })
      session.getState().setOpenid(user.openid)
      try {
        session.getState().setUser(await api.whoami())
        set({ picking: null })
        onSignedIn()
      } catch (e) {
        session.getState().clear()
        set({ picking: null, error: errorMessage(e) })
      }
    },
  }))
}
