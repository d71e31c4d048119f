#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse (mobile: simulated slow 4G, 4× CPU slowdown) on the built
// H5 app served by the local runtime, for the start page and the cadre's home. Prints LCP, TBT,
// bytes transferred, and what Lighthouse says could still be saved. Needs `npm run build:h5` first.
// RUNS=n (default 3) takes the median of n runs per page: the figures move with the machine's load.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.RUNS ?? 3)
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
// LH_REPORTS=dir keeps each run's Lighthouse JSON there (LCP element, request chains, main-thread work)
const REPORTS = process.env.LH_REPORTS

const freePort = () =>
  new Promise((res, rej) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => res(port))
    })
    srv.on('error', rej)
  })

async function startRuntime() {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'qb-lh-'))
  const proc = spawn(process.execPath, ['scripts/start.mjs', '--no-h5'], { cwd: root, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/__dev/users`)).ok) return { url, stop: () => (proc.kill('SIGTERM'), rmSync(dataDir, { recursive: true, force: true })) }
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  proc.kill('SIGKILL')
  throw new Error('runtime did not start')
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function measure(ctx, port, url, label, expect) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    // a cold load each time, but the signed-in demo user (local storage) is kept
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    await (await ctx.newCDPSession(page)).send('Network.clearBrowserCache')
    // mobile defaults: simulated throttling (slow 4G, 4× CPU), Moto G-sized screen
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true })
    const a = result.lhr.audits
    const urls = (a['network-requests'].details?.items ?? []).map((r) => r.url)
    if (expect && !urls.some((u) => u.includes(expect))) throw new Error(`${label}: no request to ${expect}, so not the page meant`)
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true })
      writeFileSync(join(REPORTS, `${label}-${i + 1}.json`), result.report)
    }
    runs.push({
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      bytes: a['total-byte-weight'].numericValue,
      compress: a['uses-text-compression'].details?.overallSavingsBytes ?? 0,
      unusedJs: a['unused-javascript'].details?.overallSavingsBytes ?? 0,
      // Lighthouse's CPU score of this machine at the time (higher is faster; an idle desktop ~1500+)
      cpu: result.lhr.environment.benchmarkIndex,
      thirdParty: (a['network-requests'].details?.items ?? []).filter((r) => !r.url.startsWith('http://127.0.0.1')).length,
    })
  }
  const pick = (k) => median(runs.map((r) => r[k]))
  return { lcp: pick('lcp'), tbt: pick('tbt'), bytes: pick('bytes'), compress: pick('compress'), unusedJs: pick('unusedJs'), thirdParty: pick('thirdParty'), cpu: pick('cpu') }
}

const rt = await startRuntime()
const port = await freePort()
const profile = mkdtempSync(join(tmpdir(), 'qb-lh-profile-'))
// One persistent profile: Lighthouse opens its tabs in it, so the demo user picked below is signed in.
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', `--remote-debugging-port=${port}`, '--disable-gpu'],
})
try {
  const users = await (await fetch(`${rt.url}/__dev/users`)).json()
  const cadre = users.find((u) => u.role === 'cadre')
  const rows = []
  rows.push(['start page (pick a user)', await measure(ctx, port, `${rt.url}/`, 'start', '/__dev/users')])
  const page = await ctx.newPage()
  await page.goto(rt.url)
  // signed in as a person does it (the picker), so the phone keeps what the app itself stores
  await page.locator('.qb-picker__user').filter({ hasText: cadre.name }).click()
  await page.getByText(`${cadre.name}，您好`).waitFor()
  await page.close()
  rows.push([`cadre home (${cadre.name})`, await measure(ctx, port, `${rt.url}/`, 'cadre-home', '/__cloud/call/auth')])
  const kib = (b) => `${Math.round(b / 1024)} KiB`
  console.log(`Lighthouse ${RUNS} run(s) per page, median; mobile, simulated slow 4G, 4× CPU. Shared machine: figures vary with load.`)
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(28)} LCP ${(m.lcp / 1000).toFixed(2)} s  TBT ${Math.round(m.tbt)} ms  transferred ${kib(m.bytes)}  ` +
        `compression could save ${kib(m.compress)}  unused JS ${kib(m.unusedJs)}  non-local requests ${m.thirdParty}  benchmarkIndex ${Math.round(m.cpu)}`,
    )
  }
} finally {
  await ctx.close()
  rt.stop()
  rmSync(profile, { recursive: true, force: true })
}
