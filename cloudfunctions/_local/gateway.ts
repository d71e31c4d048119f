// The HTTP face of the local runtime (SPEC §9): function calls as the H5 app makes them, the dev
// endpoints, and the built H5 app itself, all on one origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { devRoutes } from './dev-routes'
import { handleFileRoute } from './file-routes'
import { headerValue, HttpError, readBody, sendJson, sendJsonText } from './http'
import { UnknownFunctionError, type Runtime } from './runtime'
import { staticFiles } from './static-files'

export interface GatewayOptions {
  runtime: Runtime
  /** 0 picks a free port (tests) */
  port?: number
  host?: string
  /** dev mode: identity from `x-openid`, /__dev endpoints on. Default true. */
  dev?: boolean
  staticDir?: string
  log?: (line: string) => void
}

export interface Gateway {
  readonly server: Server
  readonly port: number
  readonly url: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 5 * 1024 * 1024
// What the platform adds to an event called from the mini program; the functions drop it.
const APPID = 'wx-local-dev'

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { runtime } = options
  const dev = options.dev ?? true
  const serveStatic = staticFiles(resolve(options.staticDir ?? 'dist/h5'))
  const log = options.log ?? batchedLog()

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req)
    const path = url.pathname
    const method = req.method ?? 'GET'
    if (dev) cors(res)
    if (method === 'OPTIONS') return void res.writeHead(204).end()

    if (await handleFileRoute(req, res, url, method, { runtime, dev })) return

    const call = /^\/__cloud\/call\/([^/]+)$/.exec(path)
    if (call) {
      if (method !== 'POST') throw new HttpError(405, 'use POST')
      const name = decodeSegment(call[1])
      const event = await readJson(req)
      const openid = dev ? headerValue(req, 'x-openid') : ''
      const started = Date.now()
      const withUser = isObject(event) ? { ...event, userInfo: { appId: APPID, openId: openid } } : event
      const result = await runtime.invokeJson(name, withUser, { openid })
      log(`call ${name}.${actionOf(event)} ${openid || '(no openid)'} → ${outcome(result)} ${Date.now() - started}ms`)
      // the result is JSON already: wrapped as text, not parsed and encoded again
      return sendJsonText(res, 200, `{"result":${result}}`)
    }

    const devMatch = /^\/__dev\/([^/]+)(?:\/([^/]+))?$/.exec(path)
    if (devMatch && dev) {
      const handler = devRoutes[`${method} ${devMatch[1]}`]
      if (!handler) throw new HttpError(404, `no dev endpoint ${method} ${path}`)
      const body = method === 'POST' ? await readJson(req) : undefined
      const answer = await handler(runtime, body, decodeSegment(devMatch[2] ?? ''), log)
      log(`dev ${method} ${path}`)
      return sendJson(res, 200, answer)
    }

    if ((method === 'GET' || method === 'HEAD') && !path.startsWith('/__')) {
      decodeSegment(path) // bad percent-encoding names no file: the client's mistake, not the app's route
      if (serveStatic(req, res)) return
      if (path === '/') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        return void res.end('The H5 app is not built: run `npm start` (or `npm run build:h5`). The functions answer on /__cloud/call/<name>.\n')
      }
    }
    throw new HttpError(404, `not found: ${path}`)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : err instanceof UnknownFunctionError ? 404 : 500
      const message = err instanceof Error ? err.message : String(err)
      if (status === 500) log(`error ${req.method} ${req.url}: ${err instanceof Error ? err.stack : message}`)
      // a server fault's message may name files of this machine: the caller learns only that it failed
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error' : message })
      else res.destroy()
    })
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 10086, options.host ?? '127.0.0.1', () => ok())
  })
  const { port, address } = server.address() as AddressInfo
  return {
    server,
    port,
    url: `http://${address}:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}

function cors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*')
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
  res.setHeader('access-control-allow-headers', 'content-type, x-openid')
}

/** The request's URL; a request line no URL parser accepts (`GET //%%/x`) is the client's mistake. */
function requestUrl(req: IncomingMessage): URL {
  const raw = req.url ?? '/'
  try {
    // prefixing the origin keeps `//host/x` a path rather than a network-path reference
    return new URL(`http://local${raw.startsWith('/') ? raw : `/${raw}`}`)
  } catch {
    throw new HttpError(400, 'malformed request line')
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new HttpError(400, 'bad percent-encoding in the path')
  }
}

/** Deeper than any event the functions take; deeper JSON only exhausts the stack further on. */
const MAX_JSON_DEPTH = 32

/** An empty body is an empty event; anything else must be JSON of a sane depth. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_BODY_BYTES)).toString('utf8')
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'body is not valid JSON')
  }
  if (depthOver(value, MAX_JSON_DEPTH)) throw new HttpError(400, `body is nested deeper than ${MAX_JSON_DEPTH} levels`)
  return value
}

function depthOver(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (limit === 0) return true
  return Object.values(value).some((v) => depthOver(v, limit - 1))
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function actionOf(event: unknown): string {
  return isObject(event) && typeof event.action === 'string' ? event.action : '?'
}

/** From the envelope's text, which begins `{"ok":true` or `{"ok":false,"error":{"code":"…"`. */
function outcome(result: string): string {
  const m = /^\{"ok":(true|false)(?:,"error":\{"code":"([^"]*)")?/.exec(result)
  if (m?.[1] === 'true') return 'ok'
  if (m?.[2] !== undefined) return m[2]
  return 'done'
}

/** The console, one write per turn of the event loop: under load a write per call costs more than the call's own logging. */
function batchedLog(): (line: string) => void {
  let lines: string[] = []
  const flush = () => {
    const text = lines.join('\n') + '\n'
    lines = []
    process.stdout.write(text)
  }
  return (line) => {
    if (lines.push(line) === 1) setImmediate(flush)
  }
}
