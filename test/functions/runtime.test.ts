// The local runtime over HTTP, as the H5 app and a developer see it (SPEC §9).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { call, getJson, postJson, startLocal, type LocalProcess } from './local-process'

const work = mkdtempSync(join(tmpdir(), 'qbhy-runtime-'))
const dataDir = join(work, 'data')
const staticDir = join(work, 'h5')
mkdirSync(staticDir)
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>前帮后援</title>')
writeFileSync(join(staticDir, 'app.js'), 'console.log(1)')
writeFileSync(join(work, 'secret.txt'), 'outside the static root')

let rt: LocalProcess
const env = { DATA_DIR: dataDir, STATIC_DIR: staticDir }
beforeAll(async () => {
  rt = await startLocal(env)
})
afterAll(async () => {
  await rt?.stop()
  rmSync(work, { recursive: true, force: true })
})

test('GET /__dev/users lists every demo user with id and openid', async () => {
  const users = await getJson<{ id: string; openid: string; role: string; active: boolean }[]>(`${rt.url}/__dev/users`)
  expect(users.find((u) => u.id === 'u-cadre-1')).toMatchObject({ openid: 'dev-cadre-1', role: 'cadre', active: true })
  expect(users.filter((u) => u.role === 'cadre').length).toBeGreaterThanOrEqual(6)
  for (const role of ['liaison', 'secretary', 'county', 'admin']) expect(users.some((u) => u.role === role)).toBe(true)
  expect(users.every((u) => !('_id' in u))).toBe(true)
})

test('GET /__dev/org has townships with villages, units and one lead pairing per village', async () => {
  const org = await getJson<{ regions: any[]; units: any[]; pairings: any[] }>(`${rt.url}/__dev/org`)
  const townships = org.regions.filter((r) => r.level === 'township')
  const villages = org.regions.filter((r) => r.level === 'village')
  expect(townships.length).toBeGreaterThanOrEqual(3)
  for (const t of townships) expect(villages.filter((v) => v.parentId === t.id).length).toBeGreaterThanOrEqual(2)
  expect(org.units.length).toBeGreaterThanOrEqual(6)
  for (const v of villages) expect(org.pairings.filter((p) => p.villageId === v.id && p.lead)).toHaveLength(1)
})

test('the caller is the x-openid header; without it the caller is unbound', async () => {
  const me = await call(rt.url, 'auth', { action: 'whoami' }, 'dev-cadre-1')
  expect(me).toMatchObject({ ok: true, data: { id: 'u-cadre-1', role: 'cadre' } })
  const nobody = await call(rt.url, 'auth', { action: 'whoami' })
  expect(nobody).toMatchObject({ ok: false, error: { code: 'AUTH.UNBOUND' } })
})

test('seeded history leaves requests in several states', async () => {
  const mine = await call(rt.url, 'requests', { action: 'list', box: 'mine' }, 'dev-cadre-1')
  expect(mine.ok).toBe(true)
  expect(mine.data.items.length).toBeGreaterThan(0)
  const county = await call(rt.url, 'requests', { action: 'list', box: 'county' }, 'dev-county-1')
  const statuses = new Set(county.data.items.map((r: { status: string }) => r.status))
  expect(statuses.size).toBeGreaterThanOrEqual(3)
})

test('unknown function → 404, bad JSON → 400, unknown dev endpoint → 404', async () => {
  const unknown = await fetch(`${rt.url}/__cloud/call/nope`, { method: 'POST', body: '{}' })
  expect(unknown.status).toBe(404)
  expect(await unknown.json()).toHaveProperty('error')
  const bad = await fetch(`${rt.url}/__cloud/call/auth`, { method: 'POST', body: '{"action":' })
  expect(bad.status).toBe(400)
  expect(await bad.json()).toHaveProperty('error')
  expect((await fetch(`${rt.url}/__dev/nothing`)).status).toBe(404)
  expect((await fetch(`${rt.url}/__dev/trigger/auth`, { method: 'POST' })).status).toBe(404)
})

test('serves the H5 app with content types and never a file outside it', async () => {
  const index = await fetch(`${rt.url}/`)
  expect(index.headers.get('content-type')).toContain('text/html')
  expect(await index.text()).toContain('前帮后援')
  expect((await fetch(`${rt.url}/app.js`)).headers.get('content-type')).toContain('javascript')
  expect((await fetch(`${rt.url}/pages/home`)).headers.get('content-type')).toContain('text/html')
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js']) {
    const res = await fetch(`${rt.url}${path}`)
    expect(res.status, path).toBe(404)
    expect(await res.text()).not.toContain('outside the static root')
  }
})

test('CORS preflight is answered in dev mode', async () => {
  const res = await fetch(`${rt.url}/__cloud/call/auth`, { method: 'OPTIONS' })
  expect(res.status).toBe(204)
  expect(res.headers.get('access-control-allow-headers')).toContain('x-openid')
})

test('the timer trigger of scheduler runs on demand', async () => {
  const { result } = await postJson<{ result: { ok: boolean } }>(`${rt.url}/__dev/trigger/scheduler`)
  expect(result.ok).toBe(true)
})

test('GET /__dev/outbox lists the outbox', async () => {
  expect(Array.isArray(await getJson(`${rt.url}/__dev/outbox`))).toBe(true)
})

test('the dev clock is set, advanced, read by functions and kept across a restart', async () => {
  const set = await postJson<{ now: string }>(`${rt.url}/__dev/clock`, { now: '2026-10-08T10:00:00+08:00' })
  expect(set.now).toMatch(/^2026-10-08T10:00:0\d\.\d{3}\+08:00$/)
  const advanced = await postJson<{ now: string }>(`${rt.url}/__dev/clock`, { advanceMinutes: 90 })
  expect(advanced.now).toMatch(/^2026-10-08T11:30:/)
  const bad = await fetch(`${rt.url}/__dev/clock`, { method: 'POST', body: JSON.stringify({ now: 'tomorrow' }) })
  expect(bad.status).toBe(400)

  const submitted = await call(rt.url, 'requests', submit('clock-test-1'), 'dev-cadre-4')
  expect(submitted.data.createdAt).toMatch(/^2026-10-08T11:3\d/)

  await rt.stop('SIGTERM')
  rt = await startLocal(env)
  const after = await getJson<{ now: string }>(`${rt.url}/__dev/clock`)
  expect(after.now).toMatch(/^2026-10-08T11:3\d/)
}, 60_000) // starts a runtime process: seconds on a loaded machine

test('reset empties every collection and seeds the demo county again', async () => {
  const mine = await call(rt.url, 'requests', submit('reset-test-1'), 'dev-cadre-4')
  expect(mine.ok).toBe(true)
  const reset = await postJson<{ seeded: boolean }>(`${rt.url}/__dev/reset`)
  expect(reset.seeded).toBe(true)
  expect(await call(rt.url, 'requests', { action: 'get', id: mine.data.id }, 'dev-cadre-4')).toMatchObject({
    ok: false,
    error: { code: 'REQUEST.NOT_FOUND' },
  })
  expect((await getJson<unknown[]>(`${rt.url}/__dev/users`)).length).toBeGreaterThanOrEqual(15)
  // seeding plays history in the past, then puts the clock back at the real present
  const { now } = await getJson<{ now: string }>(`${rt.url}/__dev/clock`)
  expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(60_000)
})

test('outside dev mode the header is ignored and the dev endpoints do not exist', async () => {
  const prod = await startLocal({ DATA_DIR: join(work, 'prod-data'), STATIC_DIR: staticDir, DEV_MODE: '0' })
  try {
    expect(await call(prod.url, 'auth', { action: 'whoami' }, 'dev-cadre-1')).toMatchObject({ ok: false, error: { code: 'AUTH.UNBOUND' } })
    expect((await fetch(`${prod.url}/__dev/users`)).status).toBe(404)
    expect((await fetch(`${prod.url}/__dev/reset`, { method: 'POST' })).status).toBe(404)
  } finally {
    await prod.stop()
  }
}, 90_000) // a second runtime seeds its own demo county: ~20 s on a loaded 2-core machine

function submit(clientRequestId: string) {
  return { action: 'submit', clientRequestId, kind: 'support', category: 'tech', title: '请求农技专家指导', description: '测试', urgency: 'normal' }
}
