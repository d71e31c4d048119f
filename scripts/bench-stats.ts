// npm run bench:stats — stats.overview and stats.breakdown for one month through the deployable
// bundle, on 10k, 100k and 1M generated requests (issue 5). The history grows by more counties and
// more years at a fixed rate per county, so the measured month holds the same ~300 requests at
// every size: a fixed period must cost the same whatever the size of the history.
// Requests and their rollups are written straight into the local store's SQLite file, the rollups
// computed by the same pure `accumulate` the request repository uses on every write; then the local
// cloud opens that file as `npm start` would, and the calls go through the stats bundle.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { accumulate, incPaths, type RollupDelta } from '../src/core/rollups'
import { addDays, toIso } from '../src/core/time'
import type { Category, ServiceRequest } from '../src/core/types'
import { installLocalCloud, type LocalCloud } from '../cloudfunctions/_local/sdk'
import { installClockHook } from '../cloudfunctions/_shared/clock'
import { openStore, type Doc, type Store, type WriteOp } from '../cloudfunctions/_local/db/store'

const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 40)
const NOW = '2026-11-23T09:00:00.000+08:00'
const MONTH = { from: '2026-10-01', to: '2026-11-01' }
const PER_COUNTY_DAY = 10
const TOWNSHIPS = 4
const VILLAGES = 5
const UNITS = 10
const CATEGORIES: Category[] = ['transport', 'office', 'lodging', 'health', 'family', 'funds', 'tech', 'materials', 'policy', 'sales', 'other']
const HOUR = 3600_000
const DAY = 24 * HOUR

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same data. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stored request in its final state, lean: no events or texts (the figures never read them). */
function build(i: number, county: number, dayMs: number, rand: () => number): ServiceRequest {
  const t = Math.floor(rand() * TOWNSHIPS)
  const v = Math.floor(rand() * VILLAGES)
  const unit = `c${county}-u${Math.floor(rand() * UNITS)}`
  const at = dayMs + (8 + rand() * 10) * HOUR
  const iso = (ms: number) => toIso(ms)
  const recent = Date.parse(NOW) - at < 14 * DAY
  const roll = rand()
  const status = roll < 0.05 ? 'withdrawn' : recent && roll < 0.5 ? (roll < 0.25 ? 'assigned' : 'in_progress') : 'closed'
  const signedAt = status === 'assigned' ? null : at + rand() * 30 * HOUR
  const resolvedAt = status === 'closed' && signedAt ? signedAt + rand() * 9 * DAY : null
  const sat = rand()
  return {
    id: `r${String(i).padStart(8, '0')}`, no: `QB-${i}`, clientRequestId: `bench-${i}`, kind: 'support',
    category: CATEGORIES[i % CATEGORIES.length], title: '', description: '', urgency: 'normal', attachments: [],
    status, submitterId: `cadre-${county}-${t}-${v}`, villageId: `c${county}-t${t}-v${v}`, townshipId: `c${county}-t${t}`,
    countyId: `c${county}`, assignedUnitId: unit, assigneeId: `${unit}-l`, assignedAt: iso(at), dispatchedAt: iso(at),
    signForBy: iso(at + DAY), signedAt: signedAt && iso(signedAt), signedOnTime: signedAt ? signedAt <= at + DAY : null,
    resolveBy: iso(at + 7 * DAY), resolvedAt: resolvedAt && iso(resolvedAt), resolutionNote: null,
    closedAt: resolvedAt && iso(resolvedAt + DAY), supervision: 0, reopenCount: 0, transferCount: 0,
    rating: resolvedAt ? { solved: sat < 0.85, satisfaction: sat < 0.7 ? 'satisfied' : sat < 0.93 ? 'basic' : 'unsatisfied', at: iso(resolvedAt + DAY) } : null,
    // the scheduler marks what went past a deadline while open: those feed the `now` gauge
    escalations: {
      remindedFor: null, countyLevel: null,
      breachedSignFor: status === 'assigned' && at + DAY < Date.parse(NOW) ? iso(at + DAY) : null,
      breachedResolve: (status === 'assigned' || status === 'in_progress') && at + 7 * DAY < Date.parse(NOW) ? iso(at + 7 * DAY) : null,
    },
    createdAt: iso(at), updatedAt: iso(resolvedAt ?? at), version: 5, events: [],
  } as ServiceRequest
}

function rollupDocs(delta: RollupDelta): Doc[] {
  return [...delta.entries()].map(([id, { meta, parts }]) => {
    const doc: Record<string, unknown> = { _id: id, ...meta }
    for (const [path, n] of Object.entries(incPaths(parts))) {
      const keys = path.split('.')
      let at = doc
      for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>
      at[keys[keys.length - 1]] = n
    }
    return doc as Doc
  })
}

/** Writes `size` requests over counties × days at PER_COUNTY_DAY, ending yesterday, with their rollups. */
function generate(store: Store, size: number) {
  const counties = Math.max(1, Math.round(Math.sqrt(size / (PER_COUNTY_DAY * 10))))
  const days = Math.ceil(size / (counties * PER_COUNTY_DAY))
  const rand = rng(size)
  const org: WriteOp[] = []
  const put = (coll: string, doc: Record<string, unknown>) => org.push({ kind: 'put', coll, doc: doc as Doc })
  for (let c = 0; c < counties; c++) {
    put('regions', { _id: `c${c}`, name: `县${c}`, level: 'county', parentId: null })
    for (let t = 0; t < TOWNSHIPS; t++) {
      put('regions', { _id: `c${c}-t${t}`, name: `乡${c}-${t}`, level: 'township', parentId: `c${c}` })
      for (let v = 0; v < VILLAGES; v++) put('regions', { _id: `c${c}-t${t}-v${v}`, name: `村${c}-${t}-${v}`, level: 'village', parentId: `c${c}-t${t}` })
    }
    for (let u = 0; u < UNITS; u++) put('units', { _id: `c${c}-u${u}`, name: `单位${c}-${u}`, countyId: `c${c}` })
  }
  put('users', { _id: 'sec', openid: 'o-sec', name: '书记', role: 'secretary', townshipId: 'c0-t0', countyId: 'c0', active: true })
  put('users', { _id: 'county', openid: 'o-county', name: '组织部', role: 'county', countyId: 'c0', active: true })
  store.write(org)
  const firstDay = Date.parse(`${addDays(NOW.slice(0, 10), -days)}T00:00:00+08:00`)
  let i = 0
  for (let c = 0; c < counties && i < size; c++) {
    const delta: RollupDelta = new Map()
    const ops: WriteOp[] = []
    for (let d = 0; d < days && i < size; d++) {
      for (let k = 0; k < PER_COUNTY_DAY && i < size; k++, i++) {
        const req = build(i, c, firstDay + d * DAY, rand)
        accumulate(delta, req, 1)
        const { id, ...rest } = req
        ops.push({ kind: 'put', coll: 'requests', doc: { _id: id, ...rest } as Doc })
      }
    }
    for (const doc of rollupDocs(delta)) ops.push({ kind: 'put', coll: 'rollups', doc })
    store.write(ops)
  }
  return { counties, days, rollups: store.size('rollups') }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

async function main() {
  execFileSync(process.execPath, ['scripts/build-functions.mjs', '--quiet'], { stdio: 'inherit' })
  const require = createRequire(import.meta.url)
  installClockHook(() => Date.parse(NOW))
  const { withCaller } = await import('../cloudfunctions/_local/sdk')
  const table: string[] = []
  for (const size of SIZES) {
    const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-bench-stats-'))
    let local: LocalCloud | undefined
    try {
      const started = Date.now()
      const store = openStore(dataDir)
      const built = generate(store, size)
      store.close()
      const buildS = ((Date.now() - started) / 1000).toFixed(0)
      local = installLocalCloud({ dataDir })
      const sdk = require('wx-server-sdk')
      sdk.init()
      const stats = require(resolve('dist/cloudfunctions/stats/index.js')) as { main: (e: unknown) => Promise<{ ok: boolean; data?: any; error?: unknown }> }
      const cases: Array<[string, string, Record<string, unknown>]> = [
        ['township overview', 'o-sec', { action: 'overview', ...MONTH }],
        ['township by unit', 'o-sec', { action: 'breakdown', by: 'unit', ...MONTH }],
        ['county overview', 'o-county', { action: 'overview', ...MONTH }],
        ['county by township', 'o-county', { action: 'breakdown', by: 'township', ...MONTH }],
      ]
      for (const [name, openid, event] of cases) {
        const call = () => withCaller({ OPENID: openid }, () => stats.main(event))
        for (let w = 0; w < 5; w++) await call()
        local.dbStats.reset()
        const ms: number[] = []
        let answer: any
        for (let r = 0; r < RUNS; r++) {
          const t = performance.now()
          answer = await call()
          ms.push(performance.now() - t)
        }
        if (!answer.ok) throw new Error(JSON.stringify(answer.error))
        const rollups = local.dbStats.get().rollups ?? { returned: 0, scanned: 0 }
        const requests = local.dbStats.get().requests ?? { returned: 0, scanned: 0 }
        const dispatched = answer.data.figures?.counts.dispatched ?? answer.data.rows.reduce((n: number, r: any) => n + r.figures.counts.dispatched, 0)
        table.push(
          `| ${size.toLocaleString('en').padStart(9)} | ${name.padEnd(18)} | ${pct(ms, 50).toFixed(1).padStart(6)} | ${pct(ms, 95).toFixed(1).padStart(6)} | ${String(rollups.returned / RUNS).padStart(8)} | ${String(requests.scanned / RUNS).padStart(8)} | ${String(dispatched).padStart(10)} |`,
        )
      }
      const fileMb = (statSync(local.store.file).size / 2 ** 20).toFixed(0)
      ;(globalThis as { gc?: () => void }).gc?.()
      const mem = process.memoryUsage()
      console.log(
        `${size.toLocaleString('en')} requests: ${built.counties} counties × ${built.days} days, ${built.rollups.toLocaleString('en')} rollup docs, ` +
          `written in ${buildS} s; db.sqlite ${fileMb} MB; after the calls: heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, ` +
          `rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`,
      )
    } finally {
      local?.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  console.log(`\nOne month (${MONTH.from} … ${MONTH.to}), ${RUNS} runs each, latency in ms through the stats bundle:\n`)
  console.log('|  requests | call               |    p50 |    p95 | rollup docs read | requests read | dispatched in month |')
  console.log('|---:|---|---:|---:|---:|---:|---:|')
  for (const row of table) console.log(row)
  console.log(`
"rollup docs read" is per call: the scope's month document and its now-gauge (open requests past a
deadline), each read by _id, a primary-key lookup in the cloud and in the local store alike. It is
the same at every size, and no call reads a request: the local store keeps both collections on disk.`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
