import type { User } from '../core/types'

export const DEV_PICKER = false

export async function fetchDevUsers(): Promise<User[]> {
  return []
}
