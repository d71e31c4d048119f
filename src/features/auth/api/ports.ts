import type { User } from '@/core/types'

/** Binds this WeChat account (the caller's OPENID) to the user record of an invite code. */
export type BindWithCode = (code: string) => Promise<User>

/** Dev mode's sign-in: the demo users to pick from, then who the picked one is. */
export interface LoginApi {
  devUsers: () => Promise<User[]>
  whoami: () => Promise<User>
}
