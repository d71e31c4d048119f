// The local runtime (SPEC §9): runs the deployable bundles from dist/cloudfunctions on the real
// wx-server-sdk, with only the database and the caller identity underneath made local.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { installLocalCloud, withCaller, type LocalCloud } from './sdk'
import { installDevClock, type DevClock } from './dev-clock'
import { Timers, type TimerEvent, type TimerTrigger } from './timers'

export interface RuntimeOptions {
  dataDir: string
  /** where the bundles are; tests point it at fixture functions */
  functionsDir?: string
  /** fire timer triggers on their schedule (default true); tests usually fire them by hand */
  timers?: boolean
  log?: (line: string) => void
}

export interface InvokeOptions {
  /** the caller's OPENID; empty for timer runs and unbound callers */
  openid?: string
}

type Main = (event: unknown, context: unknown) => unknown

// The platform refuses function results over 1 MB; refuse them here too so it shows up locally.
const MAX_RESULT_BYTES = 1024 * 1024

export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`unknown function: ${functionName}`)
  }
}

export interface Runtime {
  readonly dataDir: string
  readonly functions: string[]
  readonly clock: DevClock
  readonly local: LocalCloud
  /** the same wx-server-sdk instance the bundles use, for dev endpoints and seeding */
  readonly sdk: WxSdk
  invoke(name: string, event: unknown, options?: InvokeOptions): Promise<unknown>
  /** `invoke`, answered as the result's JSON text (what the platform sends back; the gateway passes it on) */
  invokeJson(name: string, event: unknown, options?: InvokeOptions): Promise<string>
  /** runs the function's timer trigger now (after its current run, if one is going) */
  triggerNow(name: string): Promise<unknown>
  triggers(): TimerTrigger[]
  /** runs fn with scheduled timer runs held back (after the ones in flight finish) */
  withTimersPaused<T>(fn: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface WxSdk {
  DYNAMIC_CURRENT_ENV: unknown
  init(config?: { env?: unknown }): void
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  database(): any
}

export function startRuntime(options: RuntimeOptions): Runtime {
  const log = options.log ?? ((line: string) => console.log(line))
  const dataDir = resolve(options.dataDir)
  const functionsDir = resolve(options.functionsDir ?? join('dist', 'cloudfunctions'))
  mkdirSync(dataDir, { recursive: true })

  // Order matters: the clock hook and the patched SDK must be in place before any bundle loads.
  const clock = installDevClock(dataDir)
  const local = installLocalCloud({ dataDir })
  const requireHere = createRequire(join(process.cwd(), 'package.json'))
  const sdk = requireHere('wx-server-sdk') as WxSdk
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })

  const mains = new Map<string, Main>()
  const triggerList: TimerTrigger[] = []
  for (const name of listFunctions(functionsDir)) {
    const dir = join(functionsDir, name)
    try {
      const mod = requireHere(join(dir, 'index.js')) as { main?: Main }
      if (typeof mod.main !== 'function') throw new Error('index.js does not export main')
      mains.set(name, mod.main)
      triggerList.push(...readTriggers(dir, name))
    } catch (err) {
      // one broken bundle must not take the other functions down with it
      log(`function ${name} failed to load: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  const inFlight = new Set<Promise<unknown>>()
  async function invokeJson(name: string, event: unknown, { openid = '' }: InvokeOptions = {}): Promise<string> {
    const main = mains.get(name)
    if (!main) throw new UnknownFunctionError(name)
    // The platform serialises the event and the result; copying keeps callers from sharing objects.
    const copy = event === undefined ? {} : JSON.parse(JSON.stringify(event))
    const context = { function_name: name, request_id: randomUUID(), namespace: 'local', memory_limit_in_mb: 256, time_limit_in_seconds: 60 }
    const run = withCaller({ OPENID: openid }, () => Promise.resolve(main(copy, context)))
    inFlight.add(run)
    try {
      const json = JSON.stringify((await run) ?? null)
      // a UTF-16 length under a third of the cap cannot be over it in UTF-8 bytes: no count needed
      if (json.length > MAX_RESULT_BYTES / 3 && Buffer.byteLength(json) > MAX_RESULT_BYTES) throw new Error(`${name} returned over 1 MB, which the platform refuses`)
      return json
    } finally {
      inFlight.delete(run)
    }
  }
  const invoke = async (name: string, event: unknown, options?: InvokeOptions): Promise<unknown> => JSON.parse(await invokeJson(name, event, options))

  const timers = new Timers(
    triggerList,
    (t) => {
      const event: TimerEvent = { Type: 'Timer', TriggerName: t.name, Time: new Date(clock.nowMs()).toISOString() }
      return invoke(t.functionName, event)
    },
    log,
  )
  if (options.timers ?? true) timers.start()

  return {
    dataDir,
    functions: [...mains.keys()],
    clock,
    local,
    sdk,
    invoke,
    invokeJson,
    triggerNow: (name) => (mains.has(name) ? timers.fire(name) : Promise.reject(new UnknownFunctionError(name))),
    triggers: () => timers.list(),
    withTimersPaused: (fn) => timers.whilePaused(fn),
    async close() {
      await timers.stop()
      await Promise.allSettled([...inFlight])
      await local.close()
      clock.uninstall()
    },
  }
}

function listFunctions(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(dir, d.name, 'index.js')))
    .map((d) => d.name)
    .sort()
}

function readTriggers(dir: string, functionName: string): TimerTrigger[] {
  const file = join(dir, 'config.json')
  if (!existsSync(file)) return []
  const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: { name: string; type: string; config: string }[] }
  return (config.triggers ?? []).filter((t) => t.type === 'timer').map((t) => ({ functionName, name: t.name, config: t.config }))
}
