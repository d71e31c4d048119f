// Serves the built H5 app with sirv: MIME types, paths kept inside the root (`/../package.json`
// and its encoded forms never reach a file outside it), client routes (extension-less paths) answered
// with index.html. Text assets go out brotli- or gzip-compressed, as the cloud's static hosting
// sends them: the H5 build writes a `.br` and a `.gz` beside each (config/index.ts), and sirv picks
// the one the browser accepts.
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv from 'sirv'

// the hashed assets under js/ and css/ never change; index.html must be re-read after each build
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

/** A handler that answers the file for the request and returns true, or leaves it and returns false. */
export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const serve = sirv(root, {
    // looked up on each request, so a rebuild under a running runtime is served at once
    dev: true,
    single: true,
    // a path naming a file (an extension, even behind an encoded slash) that is not there is a 404,
    // never the app's index.html
    ignores: ['\\.\\w+$'],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  return (req, res) => {
    let served = true
    serve(req, res, () => {
      served = false
    })
    return served
  }
}
