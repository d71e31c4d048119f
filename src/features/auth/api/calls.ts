import { call } from '@/services/call'
import { fetchDevUsers } from '@/services/dev'
import { whoami } from '@/services/whoami'
import type { BindWithCode, LoginApi } from './ports'

export const bindWithCode: BindWithCode = (code) => call('auth', 'bind', { code })

/** Demo users come from the local runtime only (empty on weapp); `auth.whoami` names the one picked. */
export const loginApi: LoginApi = { devUsers: fetchDevUsers, whoami }
