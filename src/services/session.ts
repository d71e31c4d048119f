import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { User } from '../core/types'
import { taroStorage } from './taro-storage'

export interface SessionState {
  /** dev mode (H5): the demo user's openid sent as `x-openid`; weapp: unused (WeChat knows) */
  openid: string | null
  /** the caller's record from `auth.whoami` */
  user: User | null
  setOpenid: (openid: string | null) => void
  setUser: (user: User | null) => void
  clear: () => void
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      openid: null,
      user: null,
      setOpenid: (openid) => set({ openid }),
      setUser: (user) => set({ user }),
      clear: () => set({ openid: null, user: null }),
    }),
    { name: 'qb-session', storage: createJSONStorage(() => taroStorage) },
  ),
)
