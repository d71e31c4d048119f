// wx-server-sdk ships loose typings and its methods rely on `this`, so it is required as a whole
// object (never destructured) and given the narrow type this project uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud: WxCloud = require('wx-server-sdk')

/** The parts of wx-server-sdk's database API used here (see the CloudBase database docs). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Database = any

interface WxCloud {
  DYNAMIC_CURRENT_ENV: unknown
  init(config?: { env?: unknown }): void
  database(): Database
  getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string }
}

let initialised = false

/** The wx-server-sdk, initialised once per container for the environment the function runs in. */
export function getCloud(): WxCloud {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    initialised = true
  }
  return cloud
}

let db: Database | null = null

/**
 * The database handle, one per container like the SDK's own examples: `database()` builds a new
 * class and client each time, which cost a call more than its first query.
 */
export function getDb(): Database {
  return (db ??= getCloud().database())
}

/** The caller's OPENID as the platform reports it: identity never comes from the event. */
export function callerOpenid(): string {
  return getCloud().getWXContext().OPENID ?? ''
}
