#!/usr/bin/env node
// `npm start`: build the functions (always; it takes well under a second), build the H5 app when
// src/ or config/ changed since the last build, then run the local runtime (SPEC §9) in this same process.
// `npm run cloud` (--no-h5) skips the H5 build. The runtime is TypeScript, run through tsx: one
// process, so a kill or Ctrl-C reaches it directly and no orphan is left behind.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
process.chdir(root)
const withH5 = !process.argv.includes('--no-h5')

execFileSync(process.execPath, ['scripts/build-functions.mjs', '--quiet'], { stdio: 'inherit' })

if (withH5) {
  const index = join(root, 'dist', 'h5', 'index.html')
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0
  const sources = ['src', 'config'].map((d) => join(root, d)).filter((d) => existsSync(d))
  if (Math.max(...sources.map(newestMtime)) > builtAt) {
    console.log('building H5 (sources changed since the last build)…')
    execFileSync('npx', ['taro', 'build', '--type', 'h5', '--disable-global-config'], { stdio: 'inherit' })
  }
}

await import('tsx')
await import(pathToFileURL(join(root, 'cloudfunctions', '_local', 'main.ts')).href)

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}
