// Function tests load the deployable bundles from dist/cloudfunctions, so build them once per run.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export default function setup() {
  if (existsSync('scripts/build-functions.mjs') && !process.env.SKIP_FUNCTION_BUILD) {
    execFileSync(process.execPath, ['scripts/build-functions.mjs', '--quiet'], { stdio: 'inherit' })
  }
}
