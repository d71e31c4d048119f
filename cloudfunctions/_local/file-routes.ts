// Cloud storage over HTTP for the H5 app, locally: what wx.cloud.uploadFile and a temporary file
// URL do in the mini program (SPEC §8 "Files", §9).
// - POST /__cloud/upload?name=<original name>, the file as the raw body (or a multipart form with
//   one file part), from a bound caller (`x-openid`, dev mode) → {fileID, tempFileURL}. The server
//   picks the path, `users/<userId>/<random><ext>`, so nobody writes into another's folder or over
//   an existing file.
// - GET /__cloud/file/<fileID>?expires=…&sign=… → the bytes, only with a URL `getTempFileURL`
//   signed and only until it expires. Nothing else is served: no listing, no folder, no traversal.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
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

export class FileRouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

interface FileRouteOptions {
  runtime: Runtime
  /** dev mode: the caller is `x-openid`; otherwise there is no caller and uploads are refused */
  dev: boolean
}

/** Answers the file routes; false when the path is not one of them. */
export async function handleFileRoute(req: IncomingMessage, res: ServerResponse, url: URL, method: string, opts: FileRouteOptions): Promise<boolean> {
  if (url.pathname === '/__cloud/upload') {
    if (method !== 'POST') throw new FileRouteError(405, 'use POST')
    const userId = await boundCaller(req, opts)
    const body = await readRaw(req)
    const content = fileOfMultipart(req.headers['content-type'], body) ?? body
    if (content.length === 0) throw new FileRouteError(400, 'empty file')
    const hint = url.searchParams.get('name') ?? url.searchParams.get('cloudPath') ?? ''
    const ext = extname(hint).toLowerCase()
    const cloudPath = `users/${userId}/${randomUUID().replace(/-/g, '')}${TYPES[ext] ? ext : ''}`
    let fileID: string
    try {
      fileID = saveLocalFile(cloudPath, content)
    } catch (err) {
      throw new FileRouteError((err as { code?: string }).code === 'EEXIST' ? 409 : 500, 'the file could not be stored')
    }
    const text = JSON.stringify({ fileID, tempFileURL: signedFileUrl(fileID, UPLOAD_URL_MAX_AGE_S), statusCode: 200, errMsg: 'uploadFile:ok' })
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(text)
    return true
  }
  const m = /^\/__cloud\/file\/(.+)$/.exec(url.pathname)
  if (!m) return false
  if (method !== 'GET' && method !== 'HEAD') throw new FileRouteError(405, 'use GET')
  const fileID = safeDecode(m[1])
  if (!fileID || !isValidFileToken(fileID, url.searchParams.get('expires'), url.searchParams.get('sign'))) {
    throw new FileRouteError(403, 'this file needs a valid temporary URL')
  }
  const file = storedFile(fileID)
  if (!file) throw new FileRouteError(404, 'no such file')
  const bytes = readFileSync(file)
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'private, max-age=3600' })
  res.end(method === 'HEAD' ? undefined : bytes)
  return true
}

/** The active user bound to the caller's OPENID (what the cloud's storage rule checks as auth.openid). */
async function boundCaller(req: IncomingMessage, { runtime, dev }: FileRouteOptions): Promise<string> {
  const raw = req.headers['x-openid']
  const openid = dev ? String((Array.isArray(raw) ? raw[0] : raw) ?? '').trim() : ''
  if (!openid) throw new FileRouteError(401, 'upload needs a signed-in caller')
  const { data } = (await runtime.sdk.database().collection('users').where({ openid }).limit(1).get()) as { data: Array<{ _id: string; active?: boolean }> }
  const user = data[0]
  if (!user || user.active === false) throw new FileRouteError(403, 'upload needs a bound, active user')
  return user._id
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_UPLOAD_BYTES) throw new FileRouteError(413, 'file too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** The first file part of a multipart/form-data body (what Taro.uploadFile sends on H5). */
function fileOfMultipart(contentType: string | undefined, body: Buffer): Buffer | null {
  const boundary = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  if (!boundary) return null
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next === -1) break
    const part = body.subarray(start + delimiter.length + 2, next - 2) // skip CRLF after boundary, before next
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1 && /filename=/i.test(part.subarray(0, headerEnd).toString('utf8'))) return part.subarray(headerEnd + 4)
    start = next
  }
  return null
}
