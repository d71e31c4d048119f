// The local runtime and its HTTP gateway over a fresh data directory holding the fixture
// organisation, for the tests that go through HTTP as the H5 app does (files, client mistakes).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { startGateway, type Gateway } from '../../cloudfunctions/_local/gateway'
import { startRuntime, type Runtime } from '../../cloudfunctions/_local/runtime'
import { seedOrg } from './fixture-org'

export interface GatewayUnderTest {
  readonly dataDir: string
  /** set once the file's beforeAll has run */
  rt: Runtime
  gw: Gateway
}

/** Starts one for the test file (beforeAll) and closes it after (afterAll). */
export function useGateway(name: string): GatewayUnderTest {
  const env = { dataDir: mkdtempSync(join(tmpdir(), `qbhy-${name}-`)) } as GatewayUnderTest
  beforeAll(async () => {
    env.rt = startRuntime({ dataDir: env.dataDir, timers: false, log: () => {} })
    env.gw = await startGateway({ runtime: env.rt, port: 0, log: () => {} })
    await seedOrg({ db: env.rt.sdk.database() })
  })
  afterAll(async () => {
    await env.gw.close()
    await env.rt.close()
  })
  return env
}
