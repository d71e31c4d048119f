/** Dev-mode port; `dev.h5.ts` (local runtime) and `dev.weapp.ts` (real WeChat identity) implement it. */
import type { User } from '../core/types'

/** true where the user is picked from the demo list instead of being known by WeChat */
export declare const DEV_PICKER: boolean

/** Every user record of the local runtime (`GET /__dev/users`). */
export declare function fetchDevUsers(): Promise<User[]>
