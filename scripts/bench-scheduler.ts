// npm run bench:scheduler — the scheduler's reads per run on a database with 100,000 closed and
// 1,000 open requests (issue 3). Builds the data straight into the local store (one transaction),
// then runs the deployable scheduler bundle twice at the same time and prints getDbStats().
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCalendar } from '../src/core/calendar'
import { nextEscalationAt } from '../src/core/escalation'
import { createRequest, evolveAll } from '../src/core/lifecycle'
import { toIso } from '../src/core/time'
import type { ServiceRequest, User } from '../src/core/types'
import { installLocalCloud } from '../cloudfunctions/_local/sdk'
import { installClockHook } from '../cloudfunctions/_shared/clock'
import type { Doc } from '../cloudfunctions/_local/db/store'

const CLOSED = Number(process.env.CLOSED ?? 100_000)
const OPEN = Number(process.env.OPEN ?? 1_000)
const NOW = '2026-11-23T09:00:00.000+08:00'
const HOUR = 3600_000

const calendar = createCalendar()
const cadre: User = { id: 'cadre1', openid: 'o-cadre1', name: '干部', role: 'cadre', villageId: 'v1', homeUnitId: 'uA', active: true }
const users = [
  cadre,
  { id: 'liaison1', openid: 'o-liaison1', name: '联络员', role: 'liaison', unitId: 'uA', active: true },
  { id: 'sec1', openid: 'o-sec1', name: '书记', role: 'secretary', townshipId: 't1', countyId: 'c1', active: true },
  { id: 'county1', openid: 'o-county1', name: '组织部', role: 'county', countyId: 'c1', active: true },
]

/** A request assigned at `at`; closed ones are resolved and rated, open ones are left in progress or assigned. */
function build(i: number, at: string, open: boolean): ServiceRequest {
  const input = { clientRequestId: `bench-${i}`, kind: 'support' as const, category: 'tech' as const, title: `测试诉求${i}`, description: '压测数据', urgency: 'normal' as const, attachments: [] }
  const placement = { unitId: 'uA', assigneeId: 'liaison1' }
  let req = createRequest({ id: `r${String(i).padStart(8, '0')}`, no: `QB-${i}`, input, submitter: cadre, townshipId: 't1', countyId: 'c1', placement, now: at, calendar })
  const later = (h: number) => toIso(Date.parse(at) + h * HOUR)
  const base = { actorId: 'liaison1' }
  if (!open || i % 2 === 0) req = evolveAll(req, [{ ...base, type: 'signFor', at: later(1), onTime: true }])
  if (!open) {
    req = evolveAll(req, [
      { ...base, type: 'resolve', at: later(30), note: '已办结', photos: [] },
      { actorId: 'cadre1', type: 'confirm', at: later(40), solved: true, satisfaction: 'satisfied' },
      { actorId: 'cadre1', type: 'close', at: later(40), reason: 'confirmed' },
    ])
  }
  return { ...req, escalateAt: nextEscalationAt(req, calendar) }
}

const toDoc = ({ id, ...rest }: ServiceRequest | User): Doc => ({ _id: id, ...rest }) as Doc

async function main() {
  execFileSync(process.execPath, ['scripts/build-functions.mjs', '--quiet'], { stdio: 'inherit' })
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-bench-'))
  const local = installLocalCloud({ dataDir })
  installClockHook(() => Date.parse(NOW))
  try {
    const started = Date.now()
    const ops: Array<{ kind: 'put'; coll: string; doc: Doc }> = users.map((u) => ({ kind: 'put', coll: 'users', doc: toDoc(u as User) }))
    // closed: spread over the two years before now; open: assigned over the last 10 days, so a
    // slice of them is past a reminder, sign-for or resolve deadline at NOW
    for (let i = 0; i < CLOSED; i++) ops.push({ kind: 'put', coll: 'requests', doc: toDoc(build(i, toIso(Date.parse(NOW) - (720 - (i % 700)) * 24 * HOUR), false)) })
    for (let i = 0; i < OPEN; i++) ops.push({ kind: 'put', coll: 'requests', doc: toDoc(build(CLOSED + i, toIso(Date.parse(NOW) - (i % 240) * HOUR), true)) })
    local.store.write(ops)
    console.log(`built ${CLOSED} closed + ${OPEN} open requests in ${((Date.now() - started) / 1000).toFixed(1)} s`)

    const require = createRequire(import.meta.url)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('wx-server-sdk')
    sdk.init()
    // what a whole run reads is measured here, so the run is not cut short by its time budget
    // (10 s; the local store scans without indexes, the cloud's indexed reads are far cheaper)
    process.env.SCHEDULER_BUDGET_MS ??= '600000'
    const scheduler = require(resolve('dist/cloudfunctions/scheduler/index.js')) as { main: (e: unknown) => Promise<{ data: unknown }> }
    for (const run of [1, 2]) {
      local.dbStats.reset()
      const t = Date.now()
      const { data } = await scheduler.main({ Type: 'Timer', TriggerName: 'every10min' })
      const stats = local.dbStats.get()
      console.log(`\nrun ${run} (${Date.now() - t} ms): ${JSON.stringify(data)}`)
      console.log('  collection      returned   read (index entries or rows)')
      for (const [coll, s] of Object.entries(stats)) console.log(`  ${coll.padEnd(14)} ${String(s.returned).padStart(9)} ${String(s.scanned).padStart(9)}`)
    }
    console.log(`
"returned" is what the scheduler asked for; "read" is what the local database followed to answer:
the entries of the declared index that serves each query (cloudfunctions/_shared/collections.ts,
e.g. requests {status, escalateAt}, {status, resolvedAt}), or the rows of a small collection.`)
  } finally {
    local.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
