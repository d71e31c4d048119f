// Random histories through the real bundles, the clock moving and the scheduler running, and
// some calls dying between their write and the rollups: once the scheduler has swept, the figures
// served from the rollups always equal a full recomputation from the stored requests.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Scope } from '@/core/rollups'
import { toIso } from '@/core/time'
import { seedOrg } from './fixture-org'
import { seededCloud } from './harness'
import { runScheduler, submitEvent } from './story'
import { allRequests, expected, stats } from './stats-helpers'

const START = '2026-11-23T09:00:00+08:00'
const cloud = seededCloud({ now: START })

const CADRES = ['cadre1', 'cadre2', 'cadre3']
const UNITS = ['uA', 'uB', 'uC']
const SCOPES: Scope[] = [
  { type: 'county', id: 'c1' },
  { type: 'township', id: 't1' },
  { type: 'township', id: 't2' },
  { type: 'unit', id: 'uA' },
  { type: 'unit', id: 'uB' },
  { type: 'village', id: 'v1' },
]
const PERIODS = [
  { from: '2026-11-01', to: '2027-03-01' },
  { from: '2026-11-24', to: '2027-01-09' },
]

const step = fc.oneof(
  fc.record({ do: fc.constant('submit' as const), cadre: fc.integer({ min: 0, max: 2 }), difficulty: fc.boolean(), urgent: fc.boolean(), dies: fc.nat(9) }),
  fc.record({
    do: fc.constantFrom('signFor', 'return', 'dispatch', 'transfer', 'resolve', 'confirm', 'withdraw', 'requestInfo', 'reply'),
    pick: fc.nat(),
    unit: fc.integer({ min: 0, max: 2 }),
    satisfaction: fc.constantFrom('satisfied', 'basic', 'unsatisfied'),
    solved: fc.boolean(),
    dies: fc.nat(9),
  }),
  fc.record({ do: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 72 }), schedule: fc.boolean() }),
  // the next natural step for the request's state, so histories get as far as ratings and reopens
  ...Array.from({ length: 3 }, () => fc.record({ do: fc.constant('advance' as const), pick: fc.nat(), choice: fc.nat(), unit: fc.integer({ min: 0, max: 2 }), solved: fc.boolean(), dies: fc.nat(9) })),
)

const NEXT: Record<string, string[]> = {
  pending_dispatch: ['dispatch'],
  assigned: ['signFor', 'signFor', 'signFor', 'return', 'withdraw'],
  in_progress: ['resolve', 'resolve', 'resolve', 'transfer', 'requestInfo', 'withdraw'],
  awaiting_submitter: ['reply'],
  resolved: ['confirm'],
}
const SATISFACTIONS = ['satisfied', 'basic', 'unsatisfied']

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

/** One call in ten dies right after writing its request, before its rollups (crash safety). */
function call(s: { dies: number }, openid: string, event: Record<string, unknown>) {
  const run = () => cloud.call('requests', openid, event)
  return s.dies === 0 ? cloud.withRollupWritesFailing(run) : run()
}

async function play(s: Step, ids: string[], clock: { ms: number }) {
  if (s.do === 'submit') {
    const event = submitEvent(s.difficulty ? { kind: 'difficulty', category: 'psych' } : {})
    const res = await call(s, `o-${CADRES[s.cadre]}`, { ...event, urgency: s.urgent ? 'urgent' : 'normal' })
    if (res.ok) ids.push(res.data.id)
    return
  }
  if (s.do === 'wait') {
    clock.ms += s.hours * 3600_000
    cloud.setNow(toIso(clock.ms))
    if (s.schedule) await runScheduler(cloud)
    return
  }
  if (ids.length === 0) return
  const id = ids[s.pick % ids.length]
  const req = (await cloud.db.collection('requests').where({ _id: id }).get()).data[0]
  const options = NEXT[req.status] ?? []
  const action = s.do === 'advance' ? options[s.choice % Math.max(1, options.length)] : s.do
  if (!action) return
  const satisfaction = s.do === 'advance' ? SATISFACTIONS[s.choice % 3] : s.satisfaction
  const liaison = `o-${req.assigneeId}`
  const submitter = `o-${req.submitterId}`
  const secretary = req.townshipId === 't1' ? 'o-sec1' : 'o-sec2'
  const as: Record<string, [string, Record<string, unknown>]> = {
    signFor: [liaison, {}],
    return: [liaison, { reason: '不属于本单位职责' }],
    dispatch: [secretary, { unitId: UNITS[s.unit % 2] }],
    transfer: [liaison, { unitId: UNITS[s.unit], reason: '转交更合适的单位' }],
    resolve: [liaison, { note: '已按要求办理完毕' }],
    confirm: [submitter, { solved: s.solved, satisfaction }],
    withdraw: [submitter, {}],
    requestInfo: [liaison, { question: '请补充材料' }],
    reply: [submitter, { text: '材料已补充' }],
  }
  const [openid, payload] = as[action]
  const res = await call(s, openid, { action, id, ...payload })
  // refusals are part of a random history (wrong state, nobody assigned, transfer to the same unit,
  // a unit with no liaison: 无人局 uC)
  const refusals = ['REQUEST.BAD_STATE', 'AUTH.FORBIDDEN', 'AUTH.UNBOUND', 'DISPATCH.NO_LIAISON', ...(action === 'transfer' ? ['INPUT.INVALID'] : [])]
  if (!res.ok && !refusals.includes(res.error!.code)) throw new Error(`${action}: ${JSON.stringify(res.error)}`)
}

/** A minute and a half on, the scheduler settles what dead calls left; then nothing is pending. */
async function assertServedEqualsRecomputed(clock: { ms: number }) {
  clock.ms += 90_000
  cloud.setNow(toIso(clock.ms))
  await runScheduler(cloud)
  const requests = await allRequests(cloud)
  expect(requests.filter((r) => (r as { rollupPending?: unknown }).rollupPending)).toEqual([])
  for (const scope of SCOPES) {
    for (const period of PERIODS) {
      const served = await stats(cloud, 'o-county1', 'overview', { scope, ...period })
      expect(served.figures, `${scope.type} ${scope.id} ${period.from}`).toEqual(expected(requests, scope, period.from, period.to))
    }
  }
}

test('served figures equal a full recomputation after any history', { timeout: 240_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }), async (steps) => {
      cloud.local.reset()
      await seedOrg(cloud)
      cloud.setNow(START)
      const ids: string[] = []
      const clock = { ms: Date.parse(START) }
      for (const [i, s] of steps.entries()) {
        await play(s, ids, clock)
        if (i === Math.floor(steps.length / 2)) await assertServedEqualsRecomputed(clock)
      }
      await assertServedEqualsRecomputed(clock)
    }),
    { numRuns: 30 },
  )
})
