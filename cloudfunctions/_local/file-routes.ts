// Cloud storage over HTTP for the H5 app, locally: what wx.cloud.uploadFile and a temporary file
// URL do in the mini program (SPEC §8 "Files", §9).
// - POST /__cloud/upload?name=<original name>, the file as the raw body (or a multipart form with
//   one file part), from a bound caller (`x-openid`, dev mode) → {fileID, tempFileURL}. The server
//   picks the path, `users/<userId>/<random><ext>`, so nobody writes into another's folder or over
//   an existing file.
// - GET /__cloud/file/<fileID>?expires=…&sign=… → the bytes, only with a URL `getTempFileURL`
//   signed and only until it expires. Nothing else is served: no listing, no folder, no traversal.
import busboy from 'busboy'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { headerValue, HttpError, readBody } from './http'
import type { Runtime } from './runtime'
import { isValidFileToken, saveLocalFile, signedFileUrl, storedFile } from './storage'

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** how long the uploader's own URL of a fresh upload lasts (the form shows the photo with it) */
const UPLOAD_URL_MAX_AGE_S = 2 * 3600
// photos, and the workbooks of exports and of the admin's organisation import
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
}

interface FileRouteOptions {
  runtime: Runtime
  /** dev mode: the caller is `x-openid`; otherwise there is no caller and uploads are refused */
  dev: boolean
}

/** Answers the file routes; false when the path is not one of them. */
export async function handleFileRoute(req: IncomingMessage, res: ServerResponse, url: URL, method: string, opts: FileRouteOptions): Promise<boolean> {
  if (url.pathname === '/__cloud/upload') {
    if (method !== 'POST') throw new HttpError(405, 'use POST')
    const userId = await boundCaller(req, opts)
    const content = await uploadedBytes(req)
    if (content.length === 0) throw new HttpError(400, 'empty file')
    const hint = url.searchParams.get('name') ?? url.searchParams.get('cloudPath') ?? ''
    const ext = extname(hint).toLowerCase()
    const cloudPath = `users/${userId}/${randomUUID().replace(/-/g, '')}${TYPES[ext] ? ext : ''}`
    let fileID: string
    try {
      fileID = saveLocalFile(cloudPath, content)
    } catch (err) {
      throw new HttpError((err as { code?: string }).code === 'EEXIST' ? 409 : 500, 'the file could not be stored')
    }
    const text = JSON.stringify({ fileID, tempFileURL: signedFileUrl(fileID, UPLOAD_URL_MAX_AGE_S), statusCode: 200, errMsg: 'uploadFile:ok' })
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(text)
    return true
  }
  const m = /^\/__cloud\/file\/(.+)$/.exec(url.pathname)
  if (!m) return false
  if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'use GET')
  const fileID = safeDecode(m[1])
  if (!fileID || !isValidFileToken(fileID, url.searchParams.get('expires'), url.searchParams.get('sign'))) {
    throw new HttpError(403, 'this file needs a valid temporary URL')
  }
  const file = storedFile(fileID)
  if (!file) throw new HttpError(404, 'no such file')
  const bytes = readFileSync(file)
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'private, max-age=3600' })
  res.end(method === 'HEAD' ? undefined : bytes)
  return true
}

/** The active user bound to the caller's OPENID (what the cloud's storage rule checks as auth.openid). */
async function boundCaller(req: IncomingMessage, { runtime, dev }: FileRouteOptions): Promise<string> {
  const openid = dev ? headerValue(req, 'x-openid') : ''
  if (!openid) throw new HttpError(401, 'upload needs a signed-in caller')
  const { data } = (await runtime.sdk.database().collection('users').where({ openid }).limit(1).get()) as { data: Array<{ _id: string; active?: boolean }> }
  const user = data[0]
  if (!user || user.active === false) throw new HttpError(403, 'upload needs a bound, active user')
  return user._id
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}

/** The file's bytes: the raw body, or the one file part of a multipart form (Taro.uploadFile on H5). */
function uploadedBytes(req: IncomingMessage): Promise<Buffer> {
  if (!/^multipart\/form-data/i.test(headerValue(req, 'content-type'))) return readBody(req, MAX_UPLOAD_BYTES)
  return new Promise((ok, fail) => {
    const refuse = (err: HttpError) => {
      req.unpipe()
      req.resume() // drain the rest, so the answer can still go out on this connection
      fail(err)
    }
    let form: busboy.Busboy
    try {
      form = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 20, fieldSize: 64 * 1024 } })
    } catch {
      return fail(new HttpError(400, 'malformed multipart body'))
    }
    const chunks: Buffer[] = []
    form.on('file', (_field, stream) => {
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => refuse(new HttpError(413, 'file too large')))
    })
    form.on('error', () => refuse(new HttpError(400, 'malformed multipart body')))
    form.on('close', () => ok(Buffer.concat(chunks)))
    req.pipe(form)
  })
}
