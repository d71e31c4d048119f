// Entry of the local runtime process: `node --import tsx cloudfunctions/_local/main.ts`
// (scripts/start.mjs builds first, then loads this in its own process).
// Environment: DATA_DIR (./.data), PORT (10086; 0 = any free port), FUNCTIONS_DIR
// (dist/cloudfunctions), STATIC_DIR (dist/h5), DEV_MODE=0 to turn off x-openid and /__dev,
// TIMERS=0 to fire timer triggers only by hand.
import { startGateway } from './gateway'
import { startRuntime, type Runtime } from './runtime'
import { seedIfEmpty } from './seed'

async function run(): Promise<void> {
  const env = process.env
  const dev = env.DEV_MODE !== '0'
  const runtime = startRuntime({
    dataDir: env.DATA_DIR || '.data',
    functionsDir: env.FUNCTIONS_DIR || undefined,
    timers: env.TIMERS !== '0',
  })
  await seedIfEmpty(runtime)
  const gateway = await startGateway({ runtime, port: Number(env.PORT ?? 10086), dev, staticDir: env.STATIC_DIR || undefined })

  console.log(`\n前帮后援 local runtime: ${gateway.url}   (data: ${runtime.dataDir}, clock: ${runtime.clock.nowIso()})`)
  console.log(`functions: ${runtime.functions.join(', ') || '(none — run npm run build:functions)'}`)
  if (dev) await printDemoUsers(runtime)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) process.exit(1) // a second Ctrl-C means "now"
    stopping = true
    console.log(`\n${signal}: stopping`)
    await gateway.close()
    await runtime.close() // waits for calls and timer runs in flight, then closes the store
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

async function printDemoUsers(runtime: Runtime): Promise<void> {
  const { data } = (await runtime.sdk.database().collection('users').orderBy('_id', 'asc').limit(1000).get()) as {
    data: { name: string; role: string; openid: string }[]
  }
  console.log('demo users (header x-openid, or pick one on the H5 start page):')
  for (const role of ['cadre', 'liaison', 'secretary', 'county', 'admin']) {
    const names = data.filter((u) => u.role === role).map((u) => `${u.name} ${u.openid}`)
    if (names.length) console.log(`  ${role.padEnd(9)} ${names.join('  ')}`)
  }
}

run().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
