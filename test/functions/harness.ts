// Runs the deployable bundles (dist/cloudfunctions/*/index.js) with the real wx-server-sdk over
// the local backend, on a fresh data directory, with a settable clock: the same path as production
// minus the platform underneath.
import { mkdtempSync } from 'node:fs'
import { afterAll, beforeEach } from 'vitest'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { installLocalCloud, withCaller } from '../../cloudfunctions/_local/sdk'
import { installClockHook } from '../../cloudfunctions/_shared/clock'
import type { WriteOp } from '../../cloudfunctions/_local/db/store'
import type { Envelope } from '@/core/contract'
import { seedOrg } from './fixture-org'

const require = createRequire(import.meta.url)

export type Main = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>

export function startCloud() {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-fn-'))
  const local = installLocalCloud({ dataDir })
  let clockMs = Date.parse('2026-11-23T09:00:00+08:00')
  const uninstallClock = installClockHook(() => clockMs)
  const mains = new Map<string, Main>()
  const load = (name: string): Main => {
    if (!mains.has(name)) mains.set(name, require(resolve('dist/cloudfunctions', name, 'index.js')).main)
    return mains.get(name)!
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk')
  sdk.init()
  return {
    dataDir,
    local,
    db: sdk.database(),
    setNow(iso: string) {
      clockMs = Date.parse(iso)
    },
    /**
     * Runs `fn` as if each function call in it died right after writing its request: every write
     * to the rollups fails, so the increments stay pending on the request (SPEC §6, crash safety).
     */
    async withRollupWritesFailing<T>(fn: () => Promise<T>): Promise<T> {
      const write = local.store.write
      local.store.write = (ops) => {
        if (ops.some((op) => op.coll === 'rollups')) throw new Error('injected failure: the call died here')
        write(ops)
      }
      const warn = console.warn
      console.warn = () => {}
      try {
        return await fn()
      } finally {
        local.store.write = write
        console.warn = warn
      }
    },
    /**
     * Runs `fn` with the first write that `match` picks failing, as a call that dies right there
     * (or a database that refuses that one write) would; the writes before and after go through.
     */
    async withOneWriteFailing<T>(match: (ops: WriteOp[]) => boolean, fn: () => Promise<T>): Promise<T> {
      const write = local.store.write
      let failed = false
      local.store.write = (ops) => {
        if (!failed && match(ops)) {
          failed = true
          throw new Error('injected failure: this write did not happen')
        }
        write(ops)
      }
      try {
        return await fn()
      } finally {
        local.store.write = write
        if (!failed) throw new Error('withOneWriteFailing: no write matched')
      }
    },
    /** Calls a function as the user with this OPENID; answers the raw envelope. */
    call(fn: string, openid: string, event: Record<string, unknown>): Promise<Answer> {
      return withCaller({ OPENID: openid }, () => load(fn)(event, {})) as Promise<Answer>
    },
    close() {
      local.close()
      uninstallClock()
    },
  }
}

export type Cloud = ReturnType<typeof startCloud>

/** The envelope as a test reads it: either side's fields optional. */
export interface Answer {
  ok: boolean
  data?: any
  error?: { code: string; message: string; fields?: Record<string, string> }
}

/** Unwraps `{ok: true, data}`; fails the test with the error otherwise. */
export function ok<T = any>(env: Answer | Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${JSON.stringify((env as Answer).error)}`)
  return (env as Answer).data
}

/**
 * The usual test file's cloud: started once, and before each test emptied, given the fixture
 * county, the clock set to `now`, then anything else `seed` adds.
 */
export function seededCloud(opts: { now?: string; seed?: (cloud: Cloud) => Promise<void> } = {}): Cloud {
  const cloud = startCloud()
  afterAll(() => cloud.close())
  beforeEach(async () => {
    cloud.local.reset()
    await seedOrg(cloud)
    if (opts.now) cloud.setNow(opts.now)
    await opts.seed?.(cloud)
  })
  return cloud
}
