import { createStore } from 'zustand/vanilla'
import type { User } from '../../core/types'
import { errorMessage } from '../../services/error-messages'
import type { SessionPort } from '../auth/session-port'

export interface HomeDeps {
  whoami: () => Promise<User>
  session: SessionPort
  /** dev mode (H5): nobody is signed in until a demo user is picked */
  needsPicker: boolean
  toLogin: () => void
}

export interface HomeState {
  loading: boolean
  error: string | null
  start: () => Promise<void>
}

/** Who is here: the picked demo user (H5) or the WeChat user (weapp), refreshed from `auth.whoami`. */
export function createHomeStore({ whoami, session, needsPicker, toLogin }: HomeDeps) {
  return createStore<HomeState>()((set) => ({
    loading: false,
    error: null,
    start: async () => {
      if (needsPicker && !session.getState().openid) return toLogin()
      set({ loading: !session.getState().user, error: null })
      try {
        session.getState().setUser(await whoami())
        set({ loading: false })
      } catch (e) {
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}
