// Runs the local runtime as its own process (what `npm run cloud` runs, minus the build that the
// global setup already did), on a free port, and talks to it over HTTP.
import { spawn, type ChildProcess } from 'node:child_process'

export interface LocalProcess {
  url: string
  proc: ChildProcess
  output: () => string
  /** SIGTERM (graceful) or SIGKILL (crash); resolves when the process is gone */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export async function startLocal(env: Record<string, string>): Promise<LocalProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/_local/main.ts'], {
    env: { ...process.env, PORT: '0', TIMERS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  proc.stdout!.on('data', (d) => (log += d))
  proc.stderr!.on('data', (d) => (log += d))
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()))
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`runtime did not start in 60 s:\n${log}`)), 60_000)
    const check = () => {
      const m = /local runtime: (http:\/\/127\.0\.0\.1:\d+)/.exec(log)
      if (m) {
        clearTimeout(timer)
        ok(m[1])
      }
    }
    proc.stdout!.on('data', check)
    proc.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`runtime exited (${code}) before starting:\n${log}`))
    })
  })
  return {
    url,
    proc,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal)
      await exited
    },
  }
}

export interface CallResult {
  ok: boolean
  data?: any // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: string; message: string }
}

/** Calls a function through the gateway as the given demo user (no openid = unbound caller). */
export async function call(url: string, fn: string, event: object, openid?: string): Promise<CallResult> {
  const res = await fetch(`${url}/__cloud/call/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(event),
  })
  if (!res.ok) throw new Error(`${fn}: HTTP ${res.status} ${await res.text()}`)
  return ((await res.json()) as { result: CallResult }).result
}

export async function getJson<T = any>(url: string): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url)
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export async function postJson<T = any>(url: string, body: unknown = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
