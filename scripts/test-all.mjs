#!/usr/bin/env node
// `npm test`: every check a change must pass, in the order a failure is cheapest to find:
// lint (layers, hooks, file names), types, function bundles, unit/function/UI tests, the two app
// builds (with the size budget), then the end-to-end run in Chromium. Prints one closing line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'qbhy-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []

function step(name, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`)
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) failedSteps.push(name)
  console.log(`◀ ${name}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${secs}s`)
  return res.status === 0
}

function vitest(name, args) {
  const out = join(reports, `${name}.json`)
  step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`])
  if (!existsSync(out)) return void (totals.failed += 1)
  const r = JSON.parse(readFileSync(out, 'utf8'))
  totals.passed += r.numPassedTests
  // a file that fails to load has no failed test of its own but must still count
  totals.failed += Math.max(r.numFailedTests, r.numFailedTestSuites ?? 0)
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
}

step('lint', 'npx', ['eslint', '.'])
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.'])
step('build:functions', process.execPath, ['scripts/build-functions.mjs'])
vitest('unit', [])
step('build:weapp + size budget', 'npm', ['run', '--silent', 'build:weapp'])
step('build:h5', 'npm', ['run', '--silent', 'build:h5'])
vitest('e2e', ['--config', 'vitest.e2e.config.ts'])

for (const s of failedSteps) console.log(`failed step: ${s}`)
const failed = totals.failed + (failedSteps.length && !totals.failed ? failedSteps.length : 0)
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(failedSteps.length || failed ? 1 : 0)
