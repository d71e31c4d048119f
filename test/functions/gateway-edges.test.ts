// Client mistakes at the local gateway get a 4xx that names no file of the server (issue 11):
// bad percent-encoding, a request line no URL parser takes, a folder as fileID, JSON nested past
// reason, a clock moved out of range (refused before it is saved).
import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { LOCAL_FILE_PREFIX, signedFileUrl } from '../../cloudfunctions/_local/storage'
import { useGateway } from './gateway-harness'

const env = useGateway('edges')
const { dataDir } = env

/** A raw request, exactly as written (fetch would normalise the path). */
function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: env.gw.port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = ''
      res.on('data', (d) => (text += d))
      res.on('end', () => ok({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', fail)
    req.end(body)
  })
}

function expectClientError(answer: { status: number; text: string }) {
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.status).toBeLessThan(500)
  expect(answer.text).not.toContain(dataDir)
  expect(answer.text).not.toContain(process.cwd())
}

test('bad percent-encoding in a function name or a dev path is a 400', async () => {
  expectClientError(await raw('POST', '/__cloud/call/%E0%A4%A', '{}'))
  expectClientError(await raw('POST', '/__cloud/call/%', '{}'))
  expectClientError(await raw('POST', '/__dev/trigger/%E0%A4%A', '{}'))
})

test('a request line no URL parser accepts is a 4xx', async () => {
  expectClientError(await raw('GET', '//%%/x'))
  expectClientError(await raw('GET', '//x/__dev/users/%%'))
})

test('a folder as fileID, even with a valid signature, is a 404 without server paths', async () => {
  mkdirSync(join(dataDir, 'storage', 'users', 'cadre1', 'album'), { recursive: true })
  for (const fileID of [`${LOCAL_FILE_PREFIX}users/cadre1/album`, `${LOCAL_FILE_PREFIX}users`]) {
    const answer = await raw('GET', signedFileUrl(fileID, 60))
    expectClientError(answer)
    expect(answer.status).toBe(404)
  }
})

test('deeply nested JSON is a 400, and the runtime keeps answering', async () => {
  const deep = (n: number) => '{"action":"list","box":' + '['.repeat(n) + ']'.repeat(n) + '}'
  expectClientError(await raw('POST', '/__cloud/call/requests', deep(100_000), { 'x-openid': 'o-cadre1' }))
  expectClientError(await raw('POST', '/__cloud/call/requests', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), { 'x-openid': 'o-cadre1' }))
  const ok = await raw('POST', '/__cloud/call/auth', '{"action":"whoami"}', { 'x-openid': 'o-cadre1' })
  expect(JSON.parse(ok.text).result).toMatchObject({ ok: true })
})

test('a failed upload names no path of the server', async () => {
  // the caller's folder cannot be made: a file stands where it would go
  mkdirSync(join(dataDir, 'storage', 'users'), { recursive: true })
  writeFileSync(join(dataDir, 'storage', 'users', 'cadre3'), 'in the way')
  const answer = await raw('POST', '/__cloud/upload?name=a.png', 'png', { 'x-openid': 'o-cadre3', 'content-type': 'image/png' })
  expect(answer.status).not.toBe(200)
  expect(answer.text).not.toContain(dataDir)
})

test('the dev clock refuses a non-finite or out-of-range move before saving it', async () => {
  const before = JSON.parse((await raw('GET', '/__dev/clock')).text).now as string
  for (const body of [{ advanceMinutes: 1e300 }, { advanceMinutes: -1e300 }, { advanceMinutes: 1e12 }, { now: '9999-12-31T00:00:00Z' }, { now: '1900-01-01T00:00:00Z' }]) {
    expectClientError(await raw('POST', '/__dev/clock', JSON.stringify(body)))
  }
  const after = JSON.parse((await raw('GET', '/__dev/clock')).text).now as string
  expect(Math.abs(Date.parse(after) - Date.parse(before))).toBeLessThan(60_000)
  // writes still work
  const event = { action: 'submit', clientRequestId: 'edges-clock-1', kind: 'support', category: 'tech', title: '大棚技术指导', description: '', urgency: 'normal' }
  const submitted = await raw('POST', '/__cloud/call/requests', JSON.stringify(event), { 'x-openid': 'o-cadre1' })
  expect(JSON.parse(submitted.text).result).toMatchObject({ ok: true })
})
