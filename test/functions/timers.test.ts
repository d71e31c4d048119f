// Timer triggers in the runtime API, with a fixture function standing in for a slow scheduler.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { startRuntime, type Runtime } from '../../cloudfunctions/_local/runtime'

const work = mkdtempSync(join(tmpdir(), 'qbhy-timers-'))
const functionsDir = join(work, 'functions')
mkdirSync(join(functionsDir, 'tick'), { recursive: true })
// Each run takes 1.5 s while the trigger asks for one every second: runs must not overlap.
writeFileSync(
  join(functionsDir, 'tick', 'index.js'),
  `const runs = (globalThis.__tickRuns ??= [])
exports.main = async (event) => {
  const run = { start: Date.now(), end: 0, event }
  runs.push(run)
  await new Promise((r) => setTimeout(r, 1500))
  run.end = Date.now()
  return { ok: true, data: event }
}`,
)
writeFileSync(
  join(functionsDir, 'tick', 'config.json'),
  JSON.stringify({ triggers: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }] }),
)

const runs = () => (globalThis as unknown as { __tickRuns?: { start: number; end: number; event: any }[] }).__tickRuns ?? []
let rt: Runtime | undefined
afterAll(async () => {
  await rt?.close()
  rmSync(work, { recursive: true, force: true })
})

test('a trigger fires on its schedule with a timer event, one run at a time', async () => {
  const lines: string[] = []
  rt = startRuntime({ dataDir: join(work, 'data'), functionsDir, log: (l) => lines.push(l) })
  expect(rt.triggers()).toEqual([{ functionName: 'tick', name: 'everySecond', config: '* * * * * * *' }])

  await new Promise((r) => setTimeout(r, 4200))
  const scheduled = runs().slice()
  expect(scheduled.length).toBeGreaterThanOrEqual(2)
  expect(scheduled[0].event).toMatchObject({ Type: 'Timer', TriggerName: 'everySecond' })
  for (let i = 1; i < scheduled.length; i++) expect(scheduled[i].start).toBeGreaterThanOrEqual(scheduled[i - 1].end)
  expect(lines.some((l) => l.includes('skipped'))).toBe(true)

  // a manual run waits for the scheduled one in flight instead of overlapping it
  const manual = (await rt.triggerNow('tick')) as { ok: boolean; data: { Type: string; Time: string } }
  expect(manual).toMatchObject({ ok: true, data: { Type: 'Timer' } })
  const all = runs()
  for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end)

  // the event carries the dev clock's time, as every function sees it
  rt.clock.set({ now: '2026-10-08T10:00:00+08:00' })
  const later = (await rt.triggerNow('tick')) as { data: { Time: string } }
  expect(later.data.Time).toMatch(/^2026-10-08T02:00:0/)
  await rt.close()
  rt = undefined
})

test('invoke answers a copy of the result and refuses unknown functions', async () => {
  rt = startRuntime({ dataDir: join(work, 'data2'), functionsDir, timers: false })
  const event = { Type: 'Timer', TriggerName: 'x', Time: 'now' }
  const result = (await rt.invoke('tick', event)) as { data: unknown }
  expect(result.data).toEqual(event)
  expect(result.data).not.toBe(event)
  await expect(rt.invoke('nope', {})).rejects.toThrow(/unknown function/)
})
