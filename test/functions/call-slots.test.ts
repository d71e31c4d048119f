// The runtime's call slots: a few calls run at once, the rest wait their turn in arrival order,
// and every one of them is answered.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { startRuntime, UnknownFunctionError, type Runtime } from '../../cloudfunctions/_local/runtime'

const work = mkdtempSync(join(tmpdir(), 'qbhy-slots-'))
const functionsDir = join(work, 'functions')
mkdirSync(join(functionsDir, 'hold'), { recursive: true })
// Each call records when it starts and waits until the test lets it go.
writeFileSync(
  join(functionsDir, 'hold', 'index.js'),
  `const state = (globalThis.__hold ??= { running: 0, most: 0, started: [], release: [] })
exports.main = async (event) => {
  state.running++
  state.most = Math.max(state.most, state.running)
  state.started.push(event.n)
  await new Promise((r) => state.release.push(r))
  state.running--
  return { ok: true, data: event.n }
}`,
)
const state = () => (globalThis as unknown as { __hold: { running: number; most: number; started: number[]; release: (() => void)[] } }).__hold
const turn = () => new Promise((r) => setTimeout(r, 20))

let rt: Runtime | undefined
afterAll(async () => {
  await rt?.close()
  rmSync(work, { recursive: true, force: true })
})

test('two slots: two calls run, the others wait in order, and all are answered', async () => {
  rt = startRuntime({ dataDir: join(work, 'data'), functionsDir, timers: false, log: () => {}, callSlots: 2 })
  const calls = [1, 2, 3, 4, 5].map((n) => rt!.invoke('hold', { n }))
  await turn()
  expect(state().started).toEqual([1, 2])

  // a call to a function that does not exist is refused at once, without waiting for a slot
  await expect(rt.invoke('nope', {})).rejects.toBeInstanceOf(UnknownFunctionError)

  while (state().started.length < 5 || state().release.length > 0) {
    state().release.shift()?.()
    await turn()
  }
  expect(await Promise.all(calls)).toEqual([1, 2, 3, 4, 5].map((n) => ({ ok: true, data: n })))
  expect(state().started).toEqual([1, 2, 3, 4, 5])
  expect(state().most).toBe(2)
})
