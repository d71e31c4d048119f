// Serves the built H5 app. Paths are resolved inside the root and checked to stay there, so
// `/../package.json` and its encoded forms never reach a file outside it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Finds the file for a URL path; `/` and extension-less paths (client routes) get index.html. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const target = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  if (target !== base && !target.startsWith(base + sep)) return null
  if (existsSync(target) && statSync(target).isFile()) return target
  const index = join(target, 'index.html')
  if (existsSync(index) && statSync(index).isFile()) return index
  const fallback = join(base, 'index.html')
  return extname(decoded) === '' && existsSync(fallback) ? fallback : null
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg'])
type Encoding = 'br' | 'gzip'
/** compressed bodies by file, encoding and mtime: each asset is compressed once per build */
const compressed = new Map<string, Buffer>()

/** The encoding to use: brotli, else gzip, as the cloud's static hosting does; null for none. */
export function pickEncoding(acceptEncoding: string | undefined, file: string): Encoding | null {
  if (!COMPRESSIBLE.has(extname(file).toLowerCase()) || !acceptEncoding) return null
  const accepted = acceptEncoding.split(',').map((p) => p.trim().split(';')[0].toLowerCase())
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null
}

function compressedBody(file: string, encoding: Encoding): Buffer {
  const key = `${file}\0${encoding}\0${statSync(file).mtimeMs}`
  let body = compressed.get(key)
  if (!body) {
    const raw = readFileSync(file)
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 })
    compressed.set(key, body)
  }
  return body
}

export function sendFile(res: ServerResponse, file: string, head: boolean, acceptEncoding?: string): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  // index.html must be re-read after each H5 build; the hashed assets under static/ and js/ never change
  const hashed = /\.[0-9a-f]{8,}\.(js|css)$/.test(file)
  const cache = hashed ? 'public, max-age=31536000, immutable' : 'no-cache'
  const encoding = pickEncoding(acceptEncoding, file)
  if (encoding) {
    const body = compressedBody(file, encoding)
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'content-encoding': encoding, vary: 'accept-encoding', 'cache-control': cache })
    return void res.end(head ? undefined : body)
  }
  res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': cache })
  if (head) res.end()
  else createReadStream(file).pipe(res)
}
