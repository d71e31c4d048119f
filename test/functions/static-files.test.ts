// The local gateway serves the H5 app compressed, as the cloud's static hosting does (issue 13:
// 381 KiB of uncompressed text on the start page).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { pickEncoding, sendFile } from '../../cloudfunctions/_local/static-files'

function capture() {
  const out = { status: 0, headers: {} as Record<string, unknown>, body: Buffer.alloc(0) as Buffer }
  const res = {
    writeHead: (status: number, headers: Record<string, unknown>) => ((out.status = status), (out.headers = headers)),
    end: (body?: Buffer) => void (body && (out.body = body)),
  }
  return { out, res: res as never }
}

const dir = mkdtempSync(join(tmpdir(), 'qb-static-'))
const js = join(dir, 'app.1234abcd.js')
const source = 'export const hello = "前帮后援";\n'.repeat(2000)
writeFileSync(js, source)

test('a script is sent brotli- or gzip-compressed when the browser accepts it, and decodes to the file', () => {
  const br = capture()
  sendFile(br.res, js, false, 'gzip, deflate, br')
  expect(br.out.headers['content-encoding']).toBe('br')
  expect(br.out.body.length).toBeLessThan(source.length / 10)
  expect(brotliDecompressSync(br.out.body).toString()).toBe(source)

  const gz = capture()
  sendFile(gz.res, js, false, 'gzip')
  expect(gz.out.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gz.out.body).toString()).toBe(source)
  expect(gz.out.headers['cache-control']).toContain('immutable')
})

test('images and clients that accept no encoding get the bytes as they are', () => {
  expect(pickEncoding('gzip, br', join(dir, 'empty.png'))).toBeNull()
  expect(pickEncoding(undefined, js)).toBeNull()
  expect(pickEncoding('identity', js)).toBeNull()
})
