import { useStore } from 'zustand'
import { relaunch } from '../../services/navigate'
import { useSession } from '../../services/session'
import { getDevUsers } from './api/get-dev-users'
import { whoami } from '../../services/whoami'
import { createLoginStore, type LoginState } from './login-store'

export const loginStore = createLoginStore({ devUsers: getDevUsers, whoami }, useSession, () => relaunch('home'))
export const useLogin = <T>(select: (s: LoginState) => T) => useStore(loginStore, select)
