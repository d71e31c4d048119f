import { useStore } from 'zustand'
import { relaunch } from '@/services/navigate'
import { useSession } from '@/services/session'
import { loginApi } from './api/calls'
import { createLoginStore, type LoginState } from './login-store'

export const loginStore = createLoginStore(loginApi, useSession, () => relaunch('home'))
export const useLogin = <T>(select: (s: LoginState) => T) => useStore(loginStore, select)
