// Races around pending rollup increments, driven through the request repository directly so the
// interleavings are exact: whoever settles an entry, and whenever, each change counts once.
import { expect, test } from 'vitest'
import { createRequestRepo } from '../../cloudfunctions/_shared/repos/requests'
import { createUserRepo } from '../../cloudfunctions/_shared/repos/users'
import { settleRollup } from '../../cloudfunctions/_shared/rollups'
import { createCalendar } from '@/core/calendar'
import { applyCommand } from '@/core/lifecycle'
import type { Command } from '@/core/lifecycle'
import { seededCloud } from './harness'
import { stored, submit } from './story'
import { allRequests, expected, stats } from './stats-helpers'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
const township = async () => (await stats(cloud, 'o-sec1', 'overview')).figures
const recomputed = async () => expected(await allRequests(cloud), { type: 'township', id: 't1' })

test('the sweep settles an entry after a save read it: the save refolds instead of applying it again', async () => {
  const req = await cloud.withRollupWritesFailing(() => submit(cloud, 'o-cadre1'))
  const repo = createRequestRepo(cloud.db)
  const loaded = (await repo.byId(req.id))!
  // meanwhile the scheduler's sweep settles it; the version does not move
  expect(await settleRollup(cloud.db, req.id, (await stored(cloud, req.id)).rollupPending.token)).toBe(true)
  expect((await township()).counts.dispatched).toBe(1)

  await repo.saveIfVersion({ ...loaded, version: loaded.version + 1 }, loaded.version)

  expect((await township()).counts.dispatched).toBe(1)
  expect(await township()).toEqual(await recomputed())
})

test('a writer settles its own entry while another call holds a copy of it: counted once', async () => {
  const req = await submit(cloud, 'o-cadre1')
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  // A's rollup transaction waits at the gate, after A's write
  const gated = new Proxy(cloud.db, {
    get(target, prop) {
      if (prop === 'runTransaction') return async (...args: unknown[]) => (await gate, target.runTransaction(...args))
      const value = target[prop]
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const repoA = createRequestRepo(gated)
  const a = (await repoA.byId(req.id))!
  const liaison = (await createUserRepo(cloud.db).byId(req.assigneeId))!
  const signed = applyCommand({ type: 'signFor' } as Command, a, { actor: liaison, now: a.createdAt, calendar: createCalendar() })
  const saving = repoA.saveIfVersion(signed, a.version)
  while (!(await stored(cloud, req.id)).rollupPending) await new Promise((r) => setTimeout(r, 1))
  const repoB = createRequestRepo(cloud.db) // e.g. the scheduler's escalation run
  const b = (await repoB.byId(req.id))!
  release()
  await saving
  await repoB.saveIfVersion({ ...b, version: b.version + 1 }, b.version)

  expect((await township()).counts).toMatchObject({ dispatched: 1, signed: 1, signedOnTime: 1 })
  expect(await township()).toEqual(await recomputed())
})

test('settling reports whether it applied: a second settle of the same entry does nothing', async () => {
  const req = await cloud.withRollupWritesFailing(() => submit(cloud, 'o-cadre1'))
  const token = (await stored(cloud, req.id)).rollupPending.token
  expect(await settleRollup(cloud.db, req.id, token)).toBe(true)
  expect(await settleRollup(cloud.db, req.id, token)).toBe(false)
  expect((await township()).counts.dispatched).toBe(1)
})
