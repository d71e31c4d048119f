// npm run bench:load — the local cloud under 32 concurrent callers (issue 12, SPEC §9): the demo
// county plus N requests (N=100000 by default), each call measured through the gateway for
// DURATION seconds after WARMUP seconds unmeasured by callers in a process of their own
// (bench-callers.mjs), beside a bare node:http server in its own process on the same machine, then
// the reads again while a scheduler run and an export are in progress. BENCH_ROOT runs another
// checkout of the project (e.g. the commit before a change) with this same driver.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const N = Number(process.env.N ?? 100_000)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32)
const DURATION_MS = Number(process.env.DURATION ?? 5) * 1000
/**
 * Each call first runs WARMUP seconds unmeasured (default 2): the runtime's code for that call is
 * compiled by then, as in a function instance that has been serving. Its p95 is printed as "cold".
 */
const WARMUP_MS = Number(process.env.WARMUP ?? 2) * 1000
const ROOT = resolve(process.env.BENCH_ROOT ?? '.')
/** `ONLY=list` runs only the calls whose names match (a regular expression), e.g. for an A/B of one call. */
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : null
const wanted = (name: string) => !ONLY || ONLY.test(name)
const HERE = resolve('.')
const agent = new http.Agent({ keepAlive: true })

interface Result { name: string; calls: number; errors: number; perSec: number; p50: number; p95: number; p99: number; cpuMs: number; coldP95: number }

/** The driver's own calls (finding a request to read, the long calls in the background); the measured ones are bench-callers.mjs's. */
function post(url: string, body: unknown, openid?: string): Promise<{ status: number; text: string; readonly json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = JSON.stringify(body)
  return new Promise((ok, fail) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(openid ? { 'x-openid': openid } : {}) } }, (res) => {
      let text = ''
      res.on('data', (d) => (text += d))
      res.on('end', () => ok({ status: res.statusCode ?? 0, text, get json() { return text ? JSON.parse(text) : null } }))
    })
    req.on('error', fail)
    req.end(data)
  })
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

/** One kind of call, as the callers' process makes it (scripts/bench-callers.mjs). */
interface CallSpec {
  url: string
  body: object
  /** call i is made as openids[i % length] ([] for none) */
  openids: string[]
  /** a field made unique per call, e.g. a submit's clientRequestId */
  unique?: { field: string; prefix: string }
  /** a good answer starts with this (the status must be 200 in any case) */
  expect?: string
}

/**
 * WARMUP_MS of the call, then DURATION_MS measured, by CONCURRENCY callers in a process of their
 * own (bench-callers.mjs says why); `pid` is the server's.
 */
async function load(name: string, pid: number, call: CallSpec): Promise<Result> {
  const spec = { ...call, concurrency: CONCURRENCY, warmupMs: WARMUP_MS, durationMs: DURATION_MS, pid }
  const out = await new Promise<string>((ok, fail) =>
    execFile(process.execPath, [join(HERE, 'scripts/bench-callers.mjs'), JSON.stringify(spec)], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => (err ? fail(err) : ok(stdout))),
  )
  const { times, coldTimes, errors, cpuMs, seconds } = JSON.parse(out) as { times: number[]; coldTimes: number[]; errors: number; cpuMs: number; seconds: number }
  // a failed answer counts whenever it came: the warm-up's too
  const r = { name, calls: times.length, errors, perSec: times.length / seconds, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), cpuMs, coldP95: quantile(coldTimes, 0.95) }
  if (process.env.PROGRESS !== '0') console.error(`  ${name}: ${r.perSec.toFixed(0)}/s p95 ${r.p95.toFixed(1)} ms`)
  return r
}

function spawnUntil(cmd: string[], cwd: string, env: Record<string, string>, pattern: RegExp): Promise<{ proc: ChildProcess; match: RegExpExecArray }> {
  const proc = spawn(process.execPath, cmd, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  return new Promise((ok, fail) => {
    // once up, its output (a line per call) is read and dropped: kept, and searched again at every
    // chunk, it cost the callers' process more CPU than the calls themselves as the runs went on
    const keep = (d: Buffer) => (log = (log + d).slice(-20_000))
    const check = (d: Buffer) => {
      keep(d)
      const m = pattern.exec(log)
      if (!m) return
      proc.stdout!.off('data', check)
      proc.stdout!.resume()
      ok({ proc, match: m })
    }
    proc.stdout!.on('data', check)
    proc.stderr!.on('data', keep)
    proc.once('exit', (code) => fail(new Error(`${cmd.join(' ')} exited (${code}):\n${log}`)))
  })
}

const BARE = `require('node:http').createServer((q, s) => { let b = ''; q.on('data', (d) => (b += d)); q.on('end', () => { s.setHeader('content-type', 'application/json'); s.end(JSON.stringify({ result: { ok: true, data: { echo: b.length } } })) }) }).listen(0, '127.0.0.1', function () { console.log('bare http://127.0.0.1:' + this.address().port) })`

/** The node options the tree's `npm start` runs its runtime with (e.g. the young generation's size). */
function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.start ?? ''
  return /^node ((?:--\S+ )*)scripts\/start\.mjs/.exec(start)?.[1].trim().split(' ').filter(Boolean) ?? []
}

const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) }
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-load-'))
  console.log(`bench:load  root ${ROOT}  N=${N}  ${CONCURRENCY} callers  ${DURATION_MS / 1000} s per call after ${WARMUP_MS / 1000} s of warm-up  load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  execFileSync(process.execPath, ['scripts/build-functions.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' })
  let t = Date.now()
  execFileSync(process.execPath, ['--import', 'tsx', join(HERE, 'scripts/bench-load-seed.ts')], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, N: String(N) }, stdio: 'inherit' })
  console.log(`seeded the demo county + ${N} requests in ${((Date.now() - t) / 1000).toFixed(1)} s`)

  const bare = await spawnUntil(['-e', BARE], HERE, {}, /bare (http:\S+)/)
  t = Date.now()
  const cloud = await spawnUntil([...startFlags(ROOT), '--import', 'tsx', 'cloudfunctions/_local/main.ts'], ROOT, { DATA_DIR: dataDir, PORT: '0', TIMERS: '0' }, /local runtime: (http:\/\/127\.0\.0\.1:\d+)/)
  console.log(`runtime up in ${((Date.now() - t) / 1000).toFixed(1)} s (node ${startFlags(ROOT).join(' ') || 'without options'}, as npm start runs it)`)
  const url = cloud.match[1]
  // a good answer is the gateway's `{"result":` around the function's `{"ok":true,…}` envelope
  const fn = (name: string, body: object, openids: string[]): CallSpec => ({ url: `${url}/__cloud/call/${name}`, body, openids, expect: '{"result":{"ok":true,' })
  try {
    const mine = (await post(`${url}/__cloud/call/requests`, { action: 'list', box: 'mine' }, 'dev-cadre-1')).json.result.data.items
    const id = mine[0].id
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    // this month, `to` exclusive: the first of the next month (in December, of the next year)
    const [y, m] = month.split('-').map(Number)
    const period = { from: `${month}-01`, to: m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01` }
    const users = ['dev-cadre-1', 'dev-liaison-1', 'dev-secretary-1', 'dev-county-1', 'dev-admin-1']
    const reads: [string, CallSpec][] = [
      ['auth.whoami', fn('auth', { action: 'whoami' }, users)],
      ['requests.get', fn('requests', { action: 'get', id }, ['dev-cadre-1'])],
      ['requests.list mine', fn('requests', { action: 'list', box: 'mine' }, ['dev-cadre-1'])],
      ['requests.list unit', fn('requests', { action: 'list', box: 'unit' }, ['dev-liaison-1'])],
      ['requests.list township', fn('requests', { action: 'list', box: 'township' }, ['dev-secretary-1'])],
      ['requests.list county', fn('requests', { action: 'list', box: 'county' }, ['dev-county-1'])],
      ['notifications.list', fn('notifications', { action: 'list' }, ['dev-liaison-1'])],
      ['stats.overview', fn('stats', { action: 'overview', ...period }, ['dev-county-1'])],
    ]
    const results: Result[] = [await load('bare node:http', bare.proc.pid!, { url: bare.match[1], body: { action: 'whoami' }, openids: [] })]
    for (const [name, call] of reads) if (wanted(name)) results.push(await load(name, cloud.proc.pid!, call))
    const run = Date.now().toString(36)
    const submit = fn('requests', { action: 'submit', kind: 'support', category: 'tech', title: '压测提交诉求', description: '压测', urgency: 'normal' }, Array.from({ length: 8 }, (_, k) => `dev-cadre-${k + 1}`))
    if (wanted('requests.submit')) results.push(await load('requests.submit', cloud.proc.pid!, { ...submit, unique: { field: 'clientRequestId', prefix: `load-${run}` } }))

    // the reads again while a long call runs: scheduler runs and exports, one after the other
    let busy = reads.slice(0, 7).some(([name]) => wanted(`${name} + long`))
    let background = 0
    const long = (async () => {
      while (busy) {
        await post(`${url}/__dev/trigger/scheduler`, {})
        await post(`${url}/__cloud/call/stats`, { action: 'export', ...period }, 'dev-county-1')
        background += 2
      }
    })()
    for (const [name, call] of reads.slice(0, 7)) if (wanted(`${name} + long`)) results.push(await load(`${name} + long`, cloud.proc.pid!, call))
    busy = false
    const mem = rssMb(cloud.proc.pid!)
    // a scheduler run over a large backlog can outlast the reads: the runtime is stopped, not awaited
    void long.catch(() => {})

    const bareRate = results[0].perSec
    console.log(`\n${'call'.padEnd(30)} ${'calls/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'bare/x'.padStart(7)} ${'cpu ms'.padStart(7)} ${'cores'.padStart(6)} ${'cold p95'.padStart(9)}`)
    for (const r of results) {
      console.log(`${r.name.padEnd(30)} ${r.perSec.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)} ${(bareRate / r.perSec).toFixed(1).padStart(7)} ${r.cpuMs.toFixed(2).padStart(7)} ${((r.cpuMs * r.perSec) / 1000).toFixed(2).padStart(6)} ${r.coldP95.toFixed(1).padStart(9)}`)
    }
    console.log(`\ncpu ms: the server's CPU time (user + system) per call; cores: how much of a core it got (under 1: the machine's other work took the rest)`)
    console.log(`each call ran ${WARMUP_MS / 1000} s unmeasured first (WARMUP=); cold p95: those first seconds' p95, while the runtime still compiles the call's code`)
    console.log(`long calls finished during the "+ long" runs: ${background}`)
    console.log(`runtime memory: RSS ${mem.rss} MB, peak ${mem.peak} MB   load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  } finally {
    cloud.proc.kill('SIGTERM')
    bare.proc.kill('SIGTERM')
    agent.destroy()
    if (!process.env.KEEP_DATA) rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
