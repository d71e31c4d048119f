import { createStore } from 'zustand/vanilla'
import type { User } from '@/core/types'
import { CloudError } from '@/services/call'
import { errorMessage } from '@/services/error-messages'
import type { SessionPort } from '@/services/session-port'

export interface HomeDeps {
  whoami: () => Promise<User>
  session: SessionPort
  /** dev mode (H5): nobody is signed in until a demo user is picked */
  needsPicker: boolean
  toLogin: () => void
  /** a WeChat user with no user record yet: the bind page (SPEC §7.2), not an error */
  toBind: () => void
  /** resolves once the first screen is drawn (default: at once) */
  idle?: () => Promise<void>
}

export interface HomeState {
  loading: boolean
  error: string | null
  start: () => Promise<void>
}

/** Who is here: the picked demo user (H5) or the WeChat user (weapp), refreshed from `auth.whoami`. */
export function createHomeStore({ whoami, session, needsPicker, toLogin, toBind, idle = async () => {} }: HomeDeps) {
  return createStore<HomeState>()((set) => ({
    loading: false,
    error: null,
    start: async () => {
      if (needsPicker && !session.getState().openid) return toLogin()
      const known = !!session.getState().user
      set({ loading: !known, error: null })
      // a user known from the last visit draws the home at once; the refresh follows the paint
      if (known) await idle()
      try {
        session.getState().setUser(await whoami())
        set({ loading: false })
      } catch (e) {
        if (e instanceof CloudError && e.code === 'AUTH.UNBOUND') {
          session.getState().setUser(null)
          set({ loading: false })
          return toBind()
        }
        set({ loading: false, error: errorMessage(e) })
      }
    },
  }))
}
