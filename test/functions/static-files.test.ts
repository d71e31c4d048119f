// The local gateway serves the H5 app compressed, as the cloud's static hosting does (issue 13:
// 381 KiB of uncompressed text on the start page). The H5 build writes a `.br` and a `.gz` beside
// each text asset (config/index.ts); here they are written the same way.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { staticFiles } from '../../cloudfunctions/_local/static-files'

const dir = mkdtempSync(join(tmpdir(), 'qb-static-'))
const source = 'export const hello = "前帮后援";\n'.repeat(2000)
writeFileSync(join(dir, 'app.1234abcd.js'), source)
writeFileSync(join(dir, 'app.1234abcd.js.br'), brotliCompressSync(source))
writeFileSync(join(dir, 'app.1234abcd.js.gz'), gzipSync(source))
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
writeFileSync(join(dir, 'logo.png'), png)

const serve = staticFiles(dir)
const server = createServer((req, res) => void (serve(req, res) || res.writeHead(404).end()))
let port = 0
beforeAll(() => new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), ok()))))
afterAll(() => new Promise<void>((ok) => server.close(() => ok())))

/** The raw answer: node's http does not decode it, as a browser would. */
function get(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', fail)
      .end()
  })
}

test('a script is sent brotli- or gzip-compressed when the browser accepts it, and decodes to the file', async () => {
  const br = await get('/app.1234abcd.js', 'gzip, deflate, br')
  expect(br.headers['content-encoding']).toBe('br')
  expect(br.body.length).toBeLessThan(source.length / 10)
  expect(brotliDecompressSync(br.body).toString()).toBe(source)

  const gz = await get('/app.1234abcd.js', 'gzip')
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gz.body).toString()).toBe(source)
  expect(gz.headers['cache-control']).toContain('immutable')
})

test('images and clients that accept no encoding get the bytes as they are', async () => {
  const image = await get('/logo.png', 'gzip, br')
  expect(image.headers['content-encoding']).toBeUndefined()
  expect(image.body).toEqual(png)
  for (const accept of [undefined, 'identity']) {
    const plain = await get('/app.1234abcd.js', accept)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(source)
  }
})
