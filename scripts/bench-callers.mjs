// The callers of `npm run bench:load` (scripts/bench-load.ts), in a process of their own: plain
// node, nothing loaded but `node:http`, so that their own work and garbage collection add as little
// as possible to the times they measure. In the driver's process (under tsx, after seeding and the
// other runs) the callers' scavenges took 30–60 ms each, promoting most of what they copied: every
// call in flight then waited that long, and the lists' p95 was 39–54 ms where callers in a process
// of their own measure the same server at 20–31 ms.
//
// argv[2]: JSON {url, concurrency, warmupMs, durationMs, pid, openids, body, unique?, expect}
//   each call i posts `body` (with `unique` set to `${unique.prefix}-${i}` when given) as
//   `openids[i % openids.length]`; it is good when the status is 200 and, if `expect` is set, the
//   answer starts with it. `pid`: the server, whose CPU time the measured seconds cost.
// stdout: JSON {times, coldTimes, errors, cpuMs, seconds} (times in ms, sorted; cpuMs per measured
// call; seconds: how long the measured calls ran).
import http from 'node:http'
import { readFileSync } from 'node:fs'

const spec = JSON.parse(process.argv[2])
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency })
const target = new URL(spec.url)

function call(i) {
  const body = spec.unique ? { ...spec.body, [spec.unique.field]: `${spec.unique.prefix}-${i}` } : spec.body
  const data = JSON.stringify(body)
  const openid = spec.openids.length ? spec.openids[i % spec.openids.length] : ''
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(openid ? { 'x-openid': openid } : {}) }
  return new Promise((ok) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers }, (res) => {
      // only the answer's beginning is looked at: the rest is received and dropped, not decoded
      let head = ''
      res.on('data', (chunk) => {
        if (head.length < 64) head += chunk.toString('utf8', 0, Math.min(chunk.length, 64))
      })
      res.on('end', () => ok(res.statusCode === 200 && (!spec.expect || head.startsWith(spec.expect))))
      // a connection that drops mid-answer ends no answer: a failed call, not a caller stuck for good
      res.on('close', () => res.complete || ok(false))
    })
    req.on('error', () => ok(false))
    req.end(data)
  })
}

/** CPU time (user + system) a process has used so far, in ms. */
const cpuMsOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

let next = 0
async function drive(end) {
  const times = []
  let errors = 0
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (Date.now() < end) {
        const t = performance.now()
        const good = await call(next++)
        times.push(performance.now() - t)
        if (!good) errors++
      }
    }),
  )
  return { times: times.sort((a, b) => a - b), errors }
}

const cold = spec.warmupMs > 0 ? await drive(Date.now() + spec.warmupMs) : { times: [], errors: 0 }
const cpu0 = cpuMsOf(spec.pid)
const started = Date.now()
const { times, errors } = await drive(started + spec.durationMs)
const seconds = (Date.now() - started) / 1000
const cpuMs = (cpuMsOf(spec.pid) - cpu0) / Math.max(1, times.length)
agent.destroy()
process.stdout.write(JSON.stringify({ times, coldTimes: cold.times, errors: errors + cold.errors, cpuMs, seconds }))
