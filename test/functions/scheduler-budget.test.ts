// A scheduler run stops when its time budget is spent, well inside the function's timeout, and the
// next runs continue with what is left: in the end every breach is acted on and told once.
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, expect, test } from 'vitest'
import { DEFAULT_BUDGET_MS } from '../../cloudfunctions/scheduler/budget'
import { seededCloud } from './harness'
import { inboxOf, runScheduler, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
afterEach(() => {
  delete process.env.SCHEDULER_BUDGET_MS
})

test('with a tiny budget each run does a little and stops; the runs after it finish the backlog, each breach told once', async () => {
  const ids: string[] = []
  for (let i = 0; i < 12; i++) ids.push((await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' })).id)
  cloud.setNow('2026-11-25T09:00:00+08:00') // every one past signForBy
  process.env.SCHEDULER_BUDGET_MS = '1'

  const first = await runScheduler(cloud)
  expect(first.finished).toBe(false)
  expect(first.supervised).toBeLessThan(12)
  let supervised = first.supervised
  for (let run = 1; run < 30 && supervised < 12; run++) {
    cloud.setNow(new Date(Date.parse('2026-11-25T09:00:00+08:00') + run * 600_000).toISOString())
    supervised += (await runScheduler(cloud)).supervised
  }
  delete process.env.SCHEDULER_BUDGET_MS
  expect(supervised).toBe(12)
  expect(await runScheduler(cloud)).toMatchObject({ supervised: 0, finished: true })

  const toSecretary = (await inboxOf(cloud, 'sec1')).filter((n) => n.title === '诉求签收超时')
  expect(toSecretary.map((n) => n.requestId).sort()).toEqual([...ids].sort())
})

test('every function declares a timeout, and the scheduler’s budget is well inside its own', () => {
  const timeouts = Object.fromEntries(
    readdirSync('cloudfunctions')
      .filter((name) => !name.startsWith('_'))
      .map((name) => [name, JSON.parse(readFileSync(`cloudfunctions/${name}/config.json`, 'utf8')).timeout]),
  )
  for (const [name, timeout] of Object.entries(timeouts)) expect(timeout, name).toBeGreaterThanOrEqual(10)
  expect(DEFAULT_BUDGET_MS * 2).toBeLessThanOrEqual(timeouts.scheduler * 1000)
})
