// Starts the local runtime (`npm run cloud` — functions + the built H5 app) on a free port with a
// fresh data directory, for end-to-end tests; and a Chromium page over it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const SCREENSHOTS = 'test-results/screenshots'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function startRuntime(): Promise<{ url: string; proc: ChildProcess; stop: () => void }> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-e2e-'))
  const proc = spawn(process.execPath, ['scripts/start.mjs', '--no-h5'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  proc.stdout?.on('data', (d) => (log += d))
  proc.stderr?.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`runtime exited early:\n${log}`)
    try {
      const res = await fetch(`${url}/__dev/users`)
      if (res.ok && ((await res.json()) as unknown[]).length > 0) return { url, proc, stop: () => proc.kill('SIGTERM') }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  proc.kill('SIGKILL')
  throw new Error(`runtime did not come up in 60 s:\n${log}`)
}

export async function openBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A phone-sized page (a mid-range Android in WeChat). */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return context.newPage()
}

export async function callAs(url: string, openid: string, fn: string, event: Record<string, unknown>) {
  const res = await fetch(`${url}/__cloud/call/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(event),
  })
  return ((await res.json()) as { result: { ok: boolean; data?: any; error?: { code: string } } }).result
}
