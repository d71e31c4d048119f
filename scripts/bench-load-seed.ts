// Child of scripts/bench-load.ts, run with cwd = the tree under test: seeds the demo county through
// that tree's own runtime, then adds N copies of its requests straight into the store (new ids, new
// client request ids, the same submitters, units and townships), so every box grows with N.
import { join } from 'node:path'

const N = Number(process.env.N ?? 100_000)
const CHUNK = 5000

async function main() {
  const root = process.cwd()
  const { startRuntime } = await import(join(root, 'cloudfunctions/_local/runtime.ts'))
  const { seedIfEmpty } = await import(join(root, 'cloudfunctions/_local/seed.ts'))
  const rt = startRuntime({ dataDir: process.env.DATA_DIR!, timers: false, log: () => {} })
  await seedIfEmpty(rt, () => {})
  const db = rt.sdk.database()
  const seeded: Record<string, unknown>[] = (await db.collection('requests').limit(1000).get()).data
  let ops: unknown[] = []
  for (let i = 0; i < N; i++) {
    const { _id, ...rest } = seeded[i % seeded.length] as { _id: string; no: string; clientRequestId: string }
    // copies carry no pending rollup increments: the figures stay those of the seeded history
    const copy = { ...rest, _id: `bench-${i}`, no: `QB-B${i}`, clientRequestId: `bench-copy-${i}`, rollupPending: null }
    ops.push({ kind: 'put', coll: 'requests', doc: copy })
    if (ops.length === CHUNK) {
      rt.local.store.write(ops)
      ops = []
    }
  }
  rt.local.store.write(ops)
  await rt.close()
  console.log(JSON.stringify({ seeded: seeded.length, copies: N }))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
