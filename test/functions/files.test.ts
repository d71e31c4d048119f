// Files are private (SPEC §8 "Files", §3.1): uploads need a bound caller and land in the caller's own
// folder, never over a file; files are served only with a signed, expiring URL that the functions
// hand to the viewers who may see them; attachments must be the caller's own existing uploads.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { useGateway } from './gateway-harness'

const env = useGateway('files')
const { dataDir } = env
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

type Result = { ok: boolean; data?: any; error?: { code: string; fields?: Record<string, string> } }
async function call(openid: string, event: Record<string, unknown>, fn = 'requests'): Promise<Result> {
  const res = await fetch(`${env.gw.url}/__cloud/call/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': openid }, body: JSON.stringify(event) })
  return ((await res.json()) as { result: Result }).result
}

function upload(openid: string | null, name = 'a.png', body: BodyInit = PNG, extra = '') {
  const headers: Record<string, string> = openid ? { 'x-openid': openid } : {}
  return fetch(`${env.gw.url}/__cloud/upload?name=${encodeURIComponent(name)}${extra}`, { method: 'POST', headers, body })
}
async function uploaded(openid: string, name = 'a.png'): Promise<{ fileID: string; tempFileURL: string }> {
  const res = await upload(openid, name)
  expect(res.status).toBe(200)
  return (await res.json()) as { fileID: string; tempFileURL: string }
}
const fetchFile = (url: string) => fetch(url.startsWith('/') ? `${env.gw.url}${url}` : url)
const fileRoute = (fileID: string, query = '') => `${env.gw.url}/__cloud/file/${encodeURIComponent(fileID)}${query}`

const SUPPORT = { action: 'submit', kind: 'support', category: 'tech', title: '村集体大棚技术指导', description: '', urgency: 'normal' }
const PSYCH = { action: 'submit', kind: 'difficulty', category: 'psych', title: '工作压力大睡不好', description: '家里老人生病', urgency: 'normal' }

test('an upload goes into the caller’s own folder under a name the server picks, and only its URL serves it', async () => {
  const { fileID, tempFileURL } = await uploaded('o-cadre1', '../../evil.png')
  expect(fileID).toMatch(/^cloud:\/\/local\.[\w-]+\/users\/cadre1\/[0-9a-f]{32}\.png$/)
  expect(readdirSync(join(dataDir, 'storage', 'users', 'cadre1'))).toHaveLength(1)
  const file = await fetchFile(tempFileURL)
  expect(file.status).toBe(200)
  expect(file.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG)
  // the bare file route, a tampered signature, another file's signature: refused
  expect((await fetch(fileRoute(fileID))).status).toBe(403)
  const other = await uploaded('o-cadre1')
  const [, query] = other.tempFileURL.split('?')
  expect((await fetch(fileRoute(fileID, `?${query}`))).status).toBe(403)
  expect((await fetchFile(tempFileURL.replace(/sign=(.)/, (_m, c: string) => `sign=${c === 'A' ? 'B' : 'A'}`))).status).toBe(403)
  expect((await fetchFile(tempFileURL.replace(/expires=\d+/, (m) => `${m}9`))).status).toBe(403)
})

test('a multipart upload (Taro.uploadFile on H5) stores the file part only', async () => {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'b.png')
  const { tempFileURL } = (await (await upload('o-cadre1', 'b.png', form)).json()) as { tempFileURL: string }
  expect(Buffer.from(await (await fetchFile(tempFileURL)).arrayBuffer())).toEqual(PNG)
})

test('a file over 10 MB is refused, raw or as a form part, and nothing is stored', async () => {
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1)
  const form = new FormData()
  form.append('file', new Blob([big], { type: 'image/png' }), 'big.png')
  const before = readdirSync(join(dataDir, 'storage', 'users', 'cadre1')).length
  expect((await upload('o-cadre1', 'big.png', big)).status).toBe(413)
  expect((await upload('o-cadre1', 'big.png', form)).status).toBe(413)
  expect(readdirSync(join(dataDir, 'storage', 'users', 'cadre1'))).toHaveLength(before)
})

test('an anonymous, unknown or deactivated caller cannot upload, and nothing is stored', async () => {
  const before = existsSync(join(dataDir, 'storage')) ? readdirSync(join(dataDir, 'storage', 'users')).length : 0
  expect((await upload(null)).status).toBe(401)
  expect((await upload('o-nobody')).status).toBe(403)
  expect((await upload('o-gone')).status).toBe(403)
  expect(readdirSync(join(dataDir, 'storage', 'users'))).toHaveLength(before)
})

test('an upload never replaces an existing file, whatever path the client asks for', async () => {
  const victim = await uploaded('o-cadre2')
  const path = victim.fileID.replace(/^cloud:\/\/[^/]+\//, '')
  const res = await upload('o-cadre1', 'x.png', Buffer.from('overwritten'), `&cloudPath=${encodeURIComponent(path)}`)
  expect(res.status).toBe(200)
  expect(((await res.json()) as { fileID: string }).fileID).not.toBe(victim.fileID)
  expect(Buffer.from(await (await fetchFile(victim.tempFileURL)).arrayBuffer())).toEqual(PNG)
  // the SDK's own upload (what the functions use) refuses an existing path as well
  await expect((env.rt.sdk as any).uploadFile({ cloudPath: path, fileContent: Buffer.from('x') })).rejects.toThrow(/exists/)
})

test('a temporary URL stops working when it expires', async () => {
  const { tempFileURL } = await uploaded('o-cadre1')
  expect((await fetchFile(tempFileURL)).status).toBe(200)
  env.rt.clock.set({ advanceMinutes: 3 * 60 })
  try {
    expect((await fetchFile(tempFileURL)).status).toBe(403)
  } finally {
    env.rt.clock.set({ advanceMinutes: -3 * 60 })
  }
})

test('no listing, no folder, no traversal, no server path in any answer', async () => {
  mkdirSync(join(dataDir, 'storage', 'users', 'cadre1', 'dir'), { recursive: true })
  writeFileSync(join(dataDir, 'secret.txt'), 'outside')
  const sdk = env.rt.sdk as any
  for (const fileID of ['cloud://local.7162-local-qbhy/users/cadre1/dir', 'cloud://local.7162-local-qbhy/users/cadre1', 'cloud://local.7162-local-qbhy/../secret.txt']) {
    expect((await sdk.getTempFileURL({ fileList: [fileID] })).fileList[0].status).not.toBe(0)
    const res = await fetch(fileRoute(fileID))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await res.text()).not.toContain(dataDir)
  }
  expect((await fetch(`${env.gw.url}/__cloud/file/`)).status).toBe(404)
})

test('attachments must be the caller’s own existing uploads: another user’s photo, an export or a made-up file is refused, nothing stored', async () => {
  const mine = await uploaded('o-cadre1')
  const theirs = await uploaded('o-cadre2')
  const exported = await call('o-county1', { action: 'export', from: '2026-01-01', to: '2026-02-01' }, 'stats')
  expect(exported.ok).toBe(true)
  expect(exported.data.fileID).toMatch(/\/exports\/county1\/[0-9a-f]{32}\.xlsx$/)
  const madeUp = mine.fileID.replace(/[0-9a-f]{32}/, 'f'.repeat(32))
  const bad = [[theirs.fileID], [exported.data.fileID], [madeUp], ['cloud://prod-9x.bucket/users/cadre1/a.png'], ['https://evil.example/a.png'], [mine.fileID, mine.fileID]]
  for (const [i, attachments] of bad.entries()) {
    const res = await call('o-cadre1', { ...SUPPORT, clientRequestId: `files-bad-${i}`, attachments })
    expect(res.error?.code).toBe('INPUT.INVALID')
  }
  const listed = await call('o-cadre1', { action: 'list', box: 'mine' })
  expect(listed.data.items).toHaveLength(0)

  const req = await call('o-cadre1', { ...SUPPORT, clientRequestId: 'files-good-1', attachments: [mine.fileID] })
  expect(req.ok).toBe(true)
  expect(req.data.attachments).toEqual([mine.fileID])
  expect((await fetchFile(req.data.fileUrls[mine.fileID])).status).toBe(200)

  const liaison = `o-${req.data.assigneeId}`
  expect((await call(liaison, { action: 'signFor', id: req.data.id })).ok).toBe(true)
  const liaisonPhoto = await uploaded(liaison)
  for (const photos of [[mine.fileID], [exported.data.fileID]]) {
    expect((await call(liaison, { action: 'resolve', id: req.data.id, note: '已上门指导完毕', photos })).error?.code).toBe('INPUT.INVALID')
  }
  expect((await call(liaison, { action: 'get', id: req.data.id })).data.status).toBe('in_progress')
  const resolved = await call(liaison, { action: 'resolve', id: req.data.id, note: '已上门指导完毕', photos: [liaisonPhoto.fileID] })
  expect(resolved.data.resolutionPhotos).toEqual([liaisonPhoto.fileID])
})

test('an export’s URL goes to who made it only, and nobody else can reach it', async () => {
  const exported = await call('o-county1', { action: 'export', from: '2026-01-01', to: '2026-02-01' }, 'stats')
  expect((await fetchFile(exported.data.url)).status).toBe(200)
  expect((await fetch(fileRoute(exported.data.fileID))).status).toBe(403)
  const again = await call('o-county1', { action: 'export', from: '2026-01-01', to: '2026-02-01' }, 'stats')
  expect(again.data.fileID).not.toBe(exported.data.fileID) // a fresh unguessable name each time
})

test('a psych difficulty’s photos and extension reason reach only the submitter and the assigned liaisons, by every read path', async () => {
  const photo = await uploaded('o-cadre1')
  const req = await call('o-cadre1', { ...PSYCH, clientRequestId: 'files-psych-1', attachments: [photo.fileID] })
  expect(req.ok).toBe(true)
  const liaison = `o-${req.data.assigneeId}`
  expect(liaison).toBe('o-liaisonB1')
  expect((await call(liaison, { action: 'signFor', id: req.data.id })).ok).toBe(true)
  const reason = '当事人需要两次心理疏导'
  expect((await call(liaison, { action: 'requestExtension', id: req.data.id, days: 3, reason })).ok).toBe(true)

  // the secretary decides the extension on the days asked and the fact that a reason was given
  for (const viewer of ['o-sec1', 'o-county1']) {
    const seen = await call(viewer, { action: 'get', id: req.data.id })
    expect(seen.data.extension).toMatchObject({ days: 3, status: 'pending', reason: '', reasonWithheld: true })
    expect(seen.data.events.find((e: any) => e.type === 'requestExtension')).toMatchObject({ days: 3 })
    expect(JSON.stringify(seen.data)).not.toContain(reason)
    const commented = await call(viewer, { action: 'comment', id: req.data.id, text: '请抓紧办理' })
    for (const secret of [reason, photo.fileID, '家里老人']) expect(JSON.stringify(commented.data)).not.toContain(secret)
  }
  const decided = await call('o-sec1', { action: 'decideExtension', id: req.data.id, approve: true })
  expect(decided.data.extension).toMatchObject({ status: 'approved', reason: '' })
  const resolvePhoto = await uploaded(liaison)
  expect((await call(liaison, { action: 'resolve', id: req.data.id, note: '已多次谈心并协调休假', photos: [resolvePhoto.fileID] })).ok).toBe(true)

  for (const viewer of ['o-cadre1', liaison]) {
    const seen = await call(viewer, { action: 'get', id: req.data.id })
    expect(seen.data.extension.reason).toBe(reason)
    expect(seen.data.resolutionPhotos).toEqual([resolvePhoto.fileID])
    expect(Object.keys(seen.data.fileUrls).sort()).toEqual([photo.fileID, resolvePhoto.fileID].sort())
    expect((await fetchFile(seen.data.fileUrls[resolvePhoto.fileID])).status).toBe(200)
  }
  const reads: Array<[string, Record<string, unknown>]> = [
    ['o-sec1', { action: 'get', id: req.data.id }],
    ['o-sec1', { action: 'list', box: 'township' }],
    ['o-county1', { action: 'get', id: req.data.id }],
    ['o-county1', { action: 'list', box: 'county' }],
  ]
  for (const [viewer, event] of reads) {
    const result = await call(viewer, event)
    expect(result.error).toBeUndefined()
    const answer = JSON.stringify(result.data)
    for (const secret of [photo.fileID, resolvePhoto.fileID, reason, '/__cloud/file/', '已多次谈心']) expect(answer).not.toContain(secret)
  }
  // outsiders: another cadre, another unit's liaison, the other township's secretary see nothing at all
  for (const outsider of ['o-cadre2', 'o-liaisonA1', 'o-sec2']) {
    expect((await call(outsider, { action: 'get', id: req.data.id })).error?.code).toBe('REQUEST.NOT_FOUND')
  }
})
