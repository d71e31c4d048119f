// What every route of the local gateway shares: the error that carries an HTTP status, the one
// body reader (with its size limit), and the JSON answer.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** A client's mistake (4xx) or a refusal; its message is safe to show the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The whole request body; past maxBytes the caller gets a 413 instead (the rest is read and
 * dropped, so that the answer can go out on the same connection). Events, not an async iterator:
 * this runs on every call.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) return void chunks.push(chunk)
      req.removeAllListeners('data')
      req.resume()
      fail(new HttpError(413, 'body too large'))
    })
    req.once('end', () => ok(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))
    req.once('error', fail)
  })
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body))
}

/** Encoded once: the length and the bytes sent come from the same buffer (a page of requests is ~35 KB). */
export function sendJsonText(res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
  res.end(body)
}

/** A header's first value, trimmed; '' when absent. */
export function headerValue(req: IncomingMessage, name: string): string {
  const v = req.headers[name]
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? ''
}
