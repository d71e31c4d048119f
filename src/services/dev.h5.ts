import type { User } from '../core/types'
import type { DevOrg } from './dev'

export const DEV_PICKER = true

export async function fetchDevUsers(): Promise<User[]> {
  const res = await fetch('/__dev/users')
  if (!res.ok) throw new Error(`dev users: ${res.status}`)
  const body = (await res.json()) as User[] | { users?: User[]; items?: User[] }
  return Array.isArray(body) ? body : (body.users ?? body.items ?? [])
}

export async function fetchDevOrg(): Promise<DevOrg> {
  const res = await fetch('/__dev/org')
  if (!res.ok) throw new Error(`dev org: ${res.status}`)
  const body = (await res.json()) as Partial<DevOrg>
  return { units: body.units ?? [] }
}
