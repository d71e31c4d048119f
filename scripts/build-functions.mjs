#!/usr/bin/env node
// Bundles every cloud function (SPEC §10) into a deployable folder under dist/cloudfunctions:
// index.js (CommonJS, everything but wx-server-sdk inlined), config.json, package.json.
// The local runtime loads these same files, so what is tested is what is deployed.
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const srcDir = join(root, 'cloudfunctions')
const outDir = join(root, 'dist', 'cloudfunctions')
const quiet = process.argv.includes('--quiet')

// The cloud installs wx-server-sdk itself ("云端安装依赖"); pin the version we test against.
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
const sdkVersion = lock.packages?.['node_modules/wx-server-sdk']?.version
if (!sdkVersion) throw new Error('wx-server-sdk is missing from package-lock.json')
const rootVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version

// Folders starting with "_" hold shared or local-only code, not functions.
const names = readdirSync(srcDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(srcDir, d.name, 'index.ts')))
  .map((d) => d.name)
  .sort()

const started = performance.now()
mkdirSync(outDir, { recursive: true })
// A function deleted from the source must not linger in dist and keep being served locally.
for (const d of readdirSync(outDir)) if (!names.includes(d)) rmSync(join(outDir, d), { recursive: true, force: true })

try {
  await build({
    entryPoints: names.map((n) => ({ in: join(srcDir, n, 'index.ts'), out: join(n, 'index') })),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    // The WeChat cloud runtime is Node 16; esbuild lowers newer syntax or fails the build.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    sourcemap: false,
    logLevel: 'error',
  })
} catch {
  // esbuild has already printed the errors with their locations; the stack adds nothing.
  process.exit(1)
}

for (const n of names) {
  const dir = join(outDir, n)
  const config = join(srcDir, n, 'config.json')
  if (existsSync(config)) copyFileSync(config, join(dir, 'config.json'))
  else writeFileSync(join(dir, 'config.json'), JSON.stringify({ permissions: { openapi: [] } }, null, 2) + '\n')
  const pkg = { name: n, version: rootVersion, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
}

const ms = Math.round(performance.now() - started)
const sizes = names.map((n) => ({ name: n, kb: statSync(join(outDir, n, 'index.js')).size / 1024 }))
if (quiet) {
  console.log(`build-functions: ${names.length} functions → dist/cloudfunctions in ${ms} ms`)
} else {
  const width = Math.max(8, ...names.map((n) => n.length))
  console.log(`${'function'.padEnd(width)}  index.js`)
  for (const s of sizes) console.log(`${s.name.padEnd(width)}  ${s.kb.toFixed(1).padStart(7)} KB`)
  console.log(`${names.length} functions → dist/cloudfunctions (wx-server-sdk ${sdkVersion}) in ${ms} ms`)
}
