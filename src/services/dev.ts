/** Dev mode. This file is the default (H5 and tests: the local runtime); `dev.weapp.ts` is the real WeChat identity. */
import type { User } from '../core/types'
import { ROUTES } from './navigate'
import { useSession } from './session'

/** true where the user is picked from the demo list instead of being known by WeChat */
export const DEV_PICKER: boolean = true

/** the list asked for at launch, handed to the picker's first read */
let early: Promise<User[]> | null = null

async function requestDevUsers(): Promise<User[]> {
  const res = await fetch('/__dev/users')
  if (!res.ok) throw new Error(`dev users: ${res.status}`)
  const body = (await res.json()) as User[] | { users?: User[]; items?: User[] }
  return Array.isArray(body) ? body : (body.users ?? body.items ?? [])
}

/** Every user record of the local runtime (`GET /__dev/users`); the first read takes the launch's answer. */
export function fetchDevUsers(): Promise<User[]> {
  const answer = early ?? requestDevUsers()
  early = null
  return answer
}

/**
 * Called before the router reads the address: with nobody signed in, the app opens on the picker
 * itself rather than on the home page that would only send it there after loading, and the list
 * is asked for at once, while the page renders. A deep link keeps its address. No-op in WeChat.
 */
export function startOnPicker(): void {
  if (useSession.getState().openid) return
  // only a start on the home page ('', '#/', '#/pages/index/index')
  const path = window.location.hash.replace(/^#/, '').split('?')[0]
  if (path !== '' && path !== '/' && path !== ROUTES.home) return
  window.history.replaceState(window.history.state, '', `#${ROUTES.login}`)
  early = requestDevUsers()
  early.catch(() => {}) // a failure is reported by the picker's own read
}
