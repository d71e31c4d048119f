/** Dev mode. This file is the default (H5 and tests: the local runtime); `dev.weapp.ts` is the real WeChat identity. */
import type { User } from '../core/types'

/** true where the user is picked from the demo list instead of being known by WeChat */
export const DEV_PICKER: boolean = true

/** Every user record of the local runtime (`GET /__dev/users`). */
export async function fetchDevUsers(): Promise<User[]> {
  const res = await fetch('/__dev/users')
  if (!res.ok) throw new Error(`dev users: ${res.status}`)
  const body = (await res.json()) as User[] | { users?: User[]; items?: User[] }
  return Array.isArray(body) ? body : (body.users ?? body.items ?? [])
}
