import type { User } from '../core/types'
import type { DevOrg } from './dev'

export const DEV_PICKER = false

export async function fetchDevUsers(): Promise<User[]> {
  return []
}

export async function fetchDevOrg(): Promise<DevOrg> {
  return { units: [] }
}
