// Makes the real wx-server-sdk run locally (SPEC §9): its database requests go to the embedded
// store instead of the network, `getWXContext()` answers the caller of the current call, and
// `init()` stays offline. The patch is applied to the one module instance that the bundles in
// dist/cloudfunctions also get from `require('wx-server-sdk')`, so deployed code runs unchanged.
import { AsyncLocalStorage } from 'node:async_hooks'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createBackend, getDbStats, resetDbStats, type Backend, type Params } from './db/backend'
import { withFormatShortcut, withPlainShortcut } from './db/ejson'
import { openStore, type Store } from './db/store'
import { nowMs } from '../_shared/clock'
import { COLLECTION_NAMES, COLLECTIONS } from '../_shared/collections'
import { routeOpenapiLocally } from './openapi'
import { setStorageDir } from './storage'

/**
 * The collections the deploy creates, from the one declaration of collections, indexes and rules
 * (cloudfunctions/_shared/collections.ts); reading any other one fails, as in the cloud.
 */
export const DEPLOYED_COLLECTIONS: string[] = COLLECTION_NAMES

export interface LocalCloudOptions {
  dataDir: string
  /** where wx-server-sdk is resolved from; defaults to the working directory (the project root) */
  projectRoot?: string
  /** collections that exist from the start; defaults to DEPLOYED_COLLECTIONS */
  collections?: string[]
}

export interface LocalCloud {
  readonly store: Store
  readonly dbStats: { get: typeof getDbStats; reset: typeof resetDbStats }
  /** Empties every collection (the collections stay). */
  reset(): void
  close(): void
}

export interface Caller {
  OPENID?: string
  APPID?: string
  UNIONID?: string
  /** how the function was invoked; defaults to wx_client with an OPENID and wx_trigger without */
  SOURCE?: string
  CLIENTIP?: string
  ENV?: string
}

const callers = new AsyncLocalStorage<Caller>()
let active: Backend | null = null
const PATCHED = Symbol.for('qbhy.localCloud.patched')

/** Runs fn as a call from this caller: `cloud.getWXContext()` inside (and in whatever it awaits) sees it. */
export function withCaller<T>(caller: Caller, fn: () => T): T {
  return callers.run(caller, fn)
}

export function installLocalCloud(options: LocalCloudOptions): LocalCloud {
  const sdkPath = createRequire(join(options.projectRoot ?? process.cwd(), 'package.json')).resolve('wx-server-sdk')
  patchSdk(sdkPath)
  setStorageDir(options.dataDir)
  const store = openStore(options.dataDir, { indexes: Object.fromEntries(Object.entries(COLLECTIONS).map(([c, spec]) => [c, spec.indexes])) })
  for (const coll of options.collections ?? DEPLOYED_COLLECTIONS) store.create(coll)
  const backend = createBackend(store, { nowMs, latencyMs: Number(process.env.DB_LATENCY_MS) || 0 })
  active = backend
  return {
    store,
    dbStats: { get: getDbStats, reset: resetDbStats },
    reset: () => store.clear(),
    close() {
      if (active === backend) active = null
      store.close()
    },
  }
}

/** The request class @cloudbase/database instantiates for every query; it forwards to the open store. */
class LocalRequester {
  send(action: string, params?: Params) {
    if (!active) return Promise.resolve({ code: 'DATABASE_REQUEST_FAILED', message: 'the local cloud is closed' })
    return active.send(action, params)
  }
}

function patchSdk(sdkPath: string) {
  const sdkRequire = createRequire(sdkPath)
  const sdk = sdkRequire(sdkPath) as Record<string | symbol, unknown>
  if (sdk[PATCHED]) return
  sdk[PATCHED] = true

  // wx-server-sdk uses @cloudbase/node-sdk, which sets Db.reqClass on every database() call:
  // a getter with an ignoring setter keeps ours in place on the copy it actually loads.
  const nodeSdkPath = sdkRequire.resolve('@cloudbase/node-sdk')
  const nodeSdkRequire = createRequire(nodeSdkPath)
  const { Db } = nodeSdkRequire('@cloudbase/database') as { Db: object }
  Object.defineProperty(Db, 'reqClass', { get: () => LocalRequester, set: () => {}, configurable: true })

  // The SDK decodes every document of every answer with bson's EJSON.parse, a reviver over each
  // value; for text with no EJSON wrapper in it JSON.parse gives the same value at a fifth the cost.
  const requireDb = createRequire(nodeSdkRequire.resolve('@cloudbase/database'))
  const { EJSON } = requireDb('bson') as { EJSON: { parse: Parameters<typeof withPlainShortcut>[0] } }
  EJSON.parse = withPlainShortcut(EJSON.parse)
  // ...and then copies each document field by field (GeoJSON and dates into their classes): for a
  // document decoded by that shortcut the copy equals the document, which is answered instead.
  const { Util } = requireDb('./util') as { Util: { formatField: Parameters<typeof withFormatShortcut>[0] } }
  Util.formatField = withFormatShortcut(Util.formatField)

  // init() probes a cloud metadata address to learn whether it runs in Tencent Cloud; locally the
  // answer is no, without the network.
  const metadata = nodeSdkRequire(join(dirname(nodeSdkPath), 'utils', 'metadata.js')) as { lookupAppId: () => Promise<string> }
  metadata.lookupAppId = async () => ''

  // getWXContext() reads process.env; it is synchronous, so swapping the caller's values in around
  // the SDK's own implementation is safe under concurrency and keeps its parsing (ENV, SOURCE, …).
  // The context is a function of the caller alone (contextEnv sets every variable it reads), so it
  // is worked out once per distinct caller: swapping the environment costs more than a call's reads.
  const original = sdk.getWXContext as () => Record<string, unknown>
  const contexts = new Map<string, Record<string, unknown>>()
  sdk.getWXContext = () => {
    const caller = callers.getStore()
    if (!caller) return original()
    const key = JSON.stringify([caller.OPENID, caller.APPID, caller.UNIONID, caller.SOURCE, caller.CLIENTIP, caller.ENV])
    let context = contexts.get(key)
    if (!context) {
      if (contexts.size >= 10_000) contexts.clear()
      contexts.set(key, (context = withEnv(contextEnv(caller), original)))
    }
    return { ...context }
  }

  // Subscribe messages go to the `outbox` collection, storage to files under DATA_DIR/storage.
  routeOpenapiLocally(sdk as Parameters<typeof routeOpenapiLocally>[0])
}

function contextEnv(caller: Caller): Record<string, string | undefined> {
  const wx: Record<string, string | undefined> = {
    WX_OPENID: caller.OPENID || undefined,
    WX_APPID: caller.APPID ?? 'wx0000000000local',
    WX_UNIONID: caller.UNIONID,
    WX_CLIENTIP: caller.CLIENTIP,
  }
  const keys = Object.keys(wx).filter((k) => wx[k] !== undefined)
  return {
    ...wx,
    WX_CONTEXT_KEYS: keys.join(','),
    TCB_ENV: caller.ENV ?? 'local',
    TCB_SOURCE: caller.SOURCE ?? (caller.OPENID ? 'wx_client' : 'wx_trigger'),
  }
}

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.keys(vars).map((k) => [k, process.env[k]] as const)
  const assign = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v))
  for (const [k, v] of Object.entries(vars)) assign(k, v)
  try {
    return fn()
  } finally {
    for (const [k, v] of saved) assign(k, v)
  }
}
