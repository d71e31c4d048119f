// Cloud storage over HTTP for the H5 app, locally: what wx.cloud.uploadFile and a cloud:// image
// URL do in the mini program. POST /__cloud/upload?cloudPath=<path> with the file as the raw body
// (or a multipart form with one file part) → {fileID}; GET /__cloud/file/<fileID> → the bytes.
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { pathOfFileId, saveLocalFile } from './storage'

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp' }

export class FileRouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Answers the file routes; false when the path is not one of them. */
export async function handleFileRoute(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<boolean> {
  if (url.pathname === '/__cloud/upload') {
    if (method !== 'POST') throw new FileRouteError(405, 'use POST')
    const cloudPath = url.searchParams.get('cloudPath') ?? ''
    const body = await readRaw(req)
    const content = fileOfMultipart(req.headers['content-type'], body) ?? body
    if (content.length === 0) throw new FileRouteError(400, 'empty file')
    let fileID: string
    try {
      fileID = saveLocalFile(cloudPath, content)
    } catch (err) {
      throw new FileRouteError(400, err instanceof Error ? err.message : 'invalid cloudPath')
    }
    const text = JSON.stringify({ fileID, statusCode: 200, errMsg: 'uploadFile:ok' })
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(text)
    return true
  }
  const m = /^\/__cloud\/file\/(.+)$/.exec(url.pathname)
  if (!m) return false
  if (method !== 'GET' && method !== 'HEAD') throw new FileRouteError(405, 'use GET')
  const file = pathOfFileId(safeDecode(m[1]))
  if (!file || !existsSync(file)) throw new FileRouteError(404, 'no such file')
  const bytes = readFileSync(file)
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'private, max-age=86400' })
  res.end(method === 'HEAD' ? undefined : bytes)
  return true
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
