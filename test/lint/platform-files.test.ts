// One platform-file convention: `x.ts` is the default (H5 and tests), `x.weapp.ts` the mini
// program's, and test/lint/platform-parity.ts has the compiler compare the two. No `x.h5.ts`, no
// declare-only `x.ts`: the test runner then needs no list of platform files to alias.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'

const src = join(process.cwd(), 'src')

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  )
}

const files = filesIn(src).map((f) => relative(src, f).split('\\').join('/'))
const weappFiles = files.filter((f) => /\.weapp\.tsx?$/.test(f))
/** `services/cloud.weapp.ts` → `services/cloud` */
const baseOf = (f: string) => f.replace(/\.weapp\.tsx?$/, '')

test('every mini-program file has a default sibling that H5 and the tests run', () => {
  expect(weappFiles.length).toBeGreaterThan(0)
  const alone = weappFiles.filter((f) => !['.ts', '.tsx'].some((ext) => existsSync(join(src, baseOf(f) + ext))))
  expect(alone).toEqual([])
})

test('every mini-program file is compared with its default in the parity check', () => {
  const parity = readFileSync(join(process.cwd(), 'test/lint/platform-parity.ts'), 'utf8')
  const unchecked = weappFiles.filter((f) => {
    const base = baseOf(f)
    return !parity.includes(`Same<typeof import('@/${base}'), typeof import('@/${base}.weapp')>`)
  })
  expect(unchecked).toEqual([])
})

test('no H5 platform files and no declare-only defaults', () => {
  expect(files.filter((f) => /\.h5\.tsx?$/.test(f))).toEqual([])
  const declareOnly = files.filter((f) => /^export declare /m.test(readFileSync(join(src, f), 'utf8')))
  expect(declareOnly).toEqual([])
})
