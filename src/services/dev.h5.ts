import type { User } from '../core/types'

export const DEV_PICKER = true

export async function fetchDevUsers(): Promise<User[]> {
  const res = await fetch('/__dev/users')
  if (!res.ok) throw new Error(`dev users: ${res.status}`)
  const body = (await res.json()) as User[] | { users?: User[]; items?: User[] }
  return Array.isArray(body) ? body : (body.users ?? body.items ?? [])
}
