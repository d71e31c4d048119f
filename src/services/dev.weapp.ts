import type { User } from '../core/types'

export const DEV_PICKER: boolean = false

export async function fetchDevUsers(): Promise<User[]> {
  return []
}

export function startOnPicker(): void {}
