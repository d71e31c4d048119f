// Property: whatever payload reaches any requests or notifications action, the answer is an
// envelope; a refusal carries an AREA.WORD code other than INTERNAL, and changes nothing stored.
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startCloud, type Answer, type Cloud } from './harness'
import { seedOrg } from './fixture-org'
import { act, snapshot, submit } from './story'

let cloud: Cloud
let ids: { open: string; inProgress: string; resolved: string; notification: string }
const RUNS_PER_ACTION = Number(process.env.PROPERTY_RUNS ?? 60)
let tried = 0
const accepted: string[] = []

beforeAll(async () => {
  cloud = startCloud()
  await seedOrg(cloud)
  const open = await submit(cloud, 'o-cadre1')
  const inProgress = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' })
  await act(cloud, 'o-liaisonB1', 'signFor', { id: inProgress.id })
  const resolved = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'office' })
  await act(cloud, 'o-liaisonB1', 'signFor', { id: resolved.id })
  await act(cloud, 'o-liaisonB1', 'resolve', { id: resolved.id, note: '已经处理完毕了' })
  const n = (await cloud.db.collection('notifications').limit(1).get()).data[0]
  ids = { open: open.id, inProgress: inProgress.id, resolved: resolved.id, notification: n._id }
})
afterAll(() => {
  console.log(`bad-input property: ${tried} random calls, ${accepted.length} accidentally valid (${[...new Set(accepted)].join(', ')})`)
  cloud.close()
})

/** A valid payload per action; the property breaks one field of it (or sends noise). */
const VALID: Record<string, Record<string, (() => Record<string, unknown>)>> = {
  requests: {
    submit: () => ({ clientRequestId: 'prop-client-0001', kind: 'support', category: 'tech', title: '村集体大棚技术指导', description: '说明', urgency: 'normal', attachments: [] }),
    get: () => ({ id: ids.open }),
    list: () => ({ box: 'mine' }),
    signFor: () => ({ id: ids.open }),
    return: () => ({ id: ids.open, reason: '不属于本单位职责' }),
    dispatch: () => ({ id: ids.open, unitId: 'uB' }),
    transfer: () => ({ id: ids.inProgress, unitId: 'uA', reason: '交通局更熟悉情况' }),
    requestInfo: () => ({ id: ids.inProgress, question: '需要补充什么？' }),
    reply: () => ({ id: ids.inProgress, text: '补充说明' }),
    requestExtension: () => ({ id: ids.inProgress, days: 3, reason: '需要等待物资到位' }),
    decideExtension: () => ({ id: ids.inProgress, approve: true }),
    resolve: () => ({ id: ids.inProgress, note: '已经处理完毕了', photos: [] }),
    confirm: () => ({ id: ids.resolved, solved: true, satisfaction: 'satisfied' }),
    withdraw: () => ({ id: ids.open }),
    comment: () => ({ id: ids.open, text: '请尽快处理' }),
    supervise: () => ({ id: ids.open, note: '请加快办理' }),
  },
  notifications: {
    list: () => ({}),
    markRead: () => ({ ids: [ids.notification] }),
    unreadCount: () => ({}),
    grant: () => ({ templateKey: 'newRequest', count: 1 }),
  },
}

const CALLERS = ['o-cadre1', 'o-cadre3', 'o-liaisonA1', 'o-liaisonB1', 'o-sec1', 'o-sec2', 'o-county1', 'o-admin1', 'o-nobody']

const noise = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', 'x'.repeat(5000), '$where', { $gt: '' }, { $ne: null }, ['a'], -1, 1e309, NaN, null, true, '../../etc/passwd', 'cloud://other.env/x.jpg'),
)

/** Breaks a valid payload: one field replaced, removed or added, or the whole payload noise. */
function badPayload(valid: () => Record<string, unknown>) {
  const keys = Object.keys(valid())
  return fc.oneof(
    fc.record({ key: keys.length ? fc.constantFrom(...keys) : fc.string(), value: noise }).map(({ key, value }) => ({ ...valid(), [key]: value })),
    keys.length ? fc.constantFrom(...keys).map((key) => { const p = valid(); delete p[key]; return p }) : fc.constant({ junk: 1 }),
    fc.record({ key: fc.string({ minLength: 1 }).filter((k) => !keys.includes(k) && k !== 'action'), value: noise }).map(({ key, value }) => ({ ...valid(), [key]: value })),
    fc.dictionary(fc.string(), noise).filter((d) => !('action' in d)),
  )
}

const CODE = /^[A-Z]+\.[A-Z_]+$/

for (const [fn, actions] of Object.entries(VALID)) {
  test(`${fn}: random bad payloads on every action answer a code, never INTERNAL, and change nothing`, async () => {
    for (const [action, valid] of Object.entries(actions)) {
      let before = await snapshot(cloud)
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...CALLERS), badPayload(valid), async (openid, payload) => {
          tried += 1
          const answer: Answer = await cloud.call(fn, openid, { ...payload, action })
          expect(typeof answer.ok, `${fn}.${action}`).toBe('boolean')
          if (answer.ok) {
            accepted.push(`${fn}.${action}`)
            before = await snapshot(cloud) // an accidentally valid call (e.g. an extra key that was optional)
            return
          }
          expect(answer.error?.code, `${fn}.${action} ${JSON.stringify(payload).slice(0, 200)}`).toMatch(CODE)
          expect(answer.error?.code).not.toBe('INTERNAL')
          expect(await snapshot(cloud)).toEqual(before)
        }),
        { numRuns: RUNS_PER_ACTION, seed: Number(process.env.PROPERTY_SEED ?? 20261001) },
      )
    }
  }, 120_000)
}
