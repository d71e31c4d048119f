import { call } from '../../../services/call'

/** Binds this WeChat account (the caller's OPENID) to the user record of an invite code. */
export const bindWithCode = (code: string) => call('auth', 'bind', { code })
