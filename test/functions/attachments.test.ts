// Photos through cloud storage, locally: the SDK's storage calls and the gateway's upload and file
// endpoints use files under DATA_DIR/storage; requests accept only fileIDs of this environment.
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startGateway, type Gateway } from '../../cloudfunctions/_local/gateway'
import { startRuntime, type Runtime } from '../../cloudfunctions/_local/runtime'
import { ORG } from './fixture-org'

let rt: Runtime
let gw: Gateway
const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-files-'))
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

beforeAll(async () => {
  rt = startRuntime({ dataDir, timers: false, log: () => {} })
  gw = await startGateway({ runtime: rt, port: 0, log: () => {} })
  const db = rt.sdk.database()
  for (const [coll, docs] of Object.entries(ORG)) for (const doc of docs) await db.collection(coll).add({ data: doc })
})
afterAll(async () => {
  await gw.close()
  await rt.close()
})

async function call(openid: string, event: Record<string, unknown>) {
  const res = await fetch(`${gw.url}/__cloud/call/requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': openid }, body: JSON.stringify(event) })
  return ((await res.json()) as { result: { ok: boolean; data?: any; error?: { code: string } } }).result
}

async function upload(cloudPath: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${gw.url}/__cloud/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'x-openid': 'o-cadre1', ...headers }, body })
}

test('an uploaded photo gets a cloud:// fileID, is stored under DATA_DIR/storage and served back', async () => {
  const res = await upload('requests/cadre1/a.png', PNG)
  expect(res.status).toBe(200)
  const { fileID } = (await res.json()) as { fileID: string }
  expect(fileID).toMatch(/^cloud:\/\/local\.[\w-]+\/requests\/cadre1\/a\.png$/)
  expect(existsSync(join(dataDir, 'storage', 'requests', 'cadre1', 'a.png'))).toBe(true)
  const file = await fetch(`${gw.url}/__cloud/file/${encodeURIComponent(fileID)}`)
  expect(file.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG)
})

test('a multipart upload (Taro.uploadFile on H5) stores the file part only', async () => {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'b.png')
  const { fileID } = (await (await upload('requests/cadre1/b.png', form)).json()) as { fileID: string }
  const back = await fetch(`${gw.url}/__cloud/file/${encodeURIComponent(fileID)}`)
  expect(Buffer.from(await back.arrayBuffer())).toEqual(PNG)
})

test('paths outside the storage folder are refused', async () => {
  expect((await upload('../escape.png', PNG)).status).toBe(400)
  expect((await upload('/abs.png', PNG)).status).toBe(400)
  expect((await fetch(`${gw.url}/__cloud/file/${encodeURIComponent('cloud://local.x/../../db.sqlite')}`)).status).toBe(404)
})

test('the SDK storage calls work on the same files', async () => {
  const sdk = rt.sdk as any
  const { fileID } = await sdk.uploadFile({ cloudPath: 'resolve/p1.jpg', fileContent: Buffer.from('jpeg') })
  const { fileList } = await sdk.getTempFileURL({ fileList: [fileID, 'cloud://local.x/none.jpg'] })
  expect(fileList[0]).toMatchObject({ fileID, status: 0, tempFileURL: `/__cloud/file/${encodeURIComponent(fileID)}` })
  expect(fileList[1].status).not.toBe(0)
  expect((await sdk.downloadFile({ fileID })).fileContent.toString()).toBe('jpeg')
  expect((await sdk.deleteFile({ fileList: [fileID] })).fileList[0].status).toBe(0)
  expect((await sdk.getTempFileURL({ fileList: [fileID] })).fileList[0].status).not.toBe(0)
})

test('requests keep fileIDs of this environment only, at most 6, in attachments and resolve photos', async () => {
  const ids = await Promise.all([1, 2].map(async (i) => ((await (await upload(`requests/cadre1/s${i}.png`, PNG)).json()) as { fileID: string }).fileID))
  const base = { action: 'submit', kind: 'support', category: 'tech', title: '村集体大棚技术指导', description: '', urgency: 'normal' }
  const req = await call('o-cadre1', { ...base, clientRequestId: 'files-0001', attachments: ids })
  expect(req.ok).toBe(true)
  expect(req.data.attachments).toEqual(ids)
  for (const bad of [['cloud://prod-9x.bucket/a.png'], ['https://evil.example/a.png'], ['cloud://local.b/../x.png'], [ids[0], ids[0]]]) {
    expect((await call('o-cadre1', { ...base, clientRequestId: 'files-0002', attachments: bad })).error?.code).toBe('INPUT.INVALID')
  }
  const liaison = `o-${req.data.assigneeId}`
  expect((await call(liaison, { action: 'signFor', id: req.data.id })).ok).toBe(true)
  expect((await call(liaison, { action: 'resolve', id: req.data.id, note: '已上门指导完毕', photos: ['cloud://other.env/p.jpg'] })).error?.code).toBe('INPUT.INVALID')
  const seven = Array.from({ length: 7 }, (_, i) => ids[0].replace('s1', `r${i}`))
  expect((await call(liaison, { action: 'resolve', id: req.data.id, note: '已上门指导完毕', photos: seven })).error?.code).toBe('INPUT.INVALID')
  const resolved = await call(liaison, { action: 'resolve', id: req.data.id, note: '已上门指导完毕', photos: [ids[1]] })
  expect(resolved.data.resolutionPhotos).toEqual([ids[1]])
})
