/** Dev-mode port; `dev.h5.ts` (local runtime) and `dev.weapp.ts` (real WeChat identity) implement it. */
import type { User } from '../core/types'

/** true where the user is picked from the demo list instead of being known by WeChat */
export declare const DEV_PICKER: boolean

/** Every user record of the local runtime (`GET /__dev/users`). */
export declare function fetchDevUsers(): Promise<User[]>

/** Regions, units and pairings of the local runtime (`GET /__dev/org`). */
export declare function fetchDevOrg(): Promise<DevOrg>

export interface DevOrg {
  units: { id: string; name: string }[]
}
