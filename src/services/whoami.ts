import { call } from './call'

/** The caller's own user record, as the server knows them by their openid. */
export const whoami = () => call('auth', 'whoami', {})
