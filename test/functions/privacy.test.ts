// The privacy matrix of SPEC §4: every role against every read path of check-ins and care, with the
// care task open and then closed. Check-in answers and notes reach only the cadre and the liaison
// working the open task; the talk summary only that liaison; secretaries see name, reasons and
// status; county staff counts only; admin nothing.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ok, startCloud, type Answer, type Cloud } from './harness'
import { seedOrg } from './fixture-org'
import { careTasks, checkIn, consent } from './care-helpers'

const NOTE = '胸口发闷-私密备注'
const OTHER_NOTE = '别人的备注'
const SUMMARY = '谈话纪要-私密内容'

let cloud: Cloud
let taskId = ''
let worker = ''
let idle = ''

beforeAll(async () => {
  cloud = startCloud()
  await seedOrg(cloud)
  for (const c of ['cadre1', 'cadre3']) {
    cloud.setNow('2026-11-16T08:00:00+08:00')
    await consent(cloud, c)
  }
  await checkIn(cloud, 'cadre1', '2026-11-20', { note: OTHER_NOTE })
  await checkIn(cloud, 'cadre3', '2026-11-20', { health: 'unwell', note: NOTE })
  await checkIn(cloud, 'cadre3', '2026-11-23', { health: 'unwell', mood: 2, note: NOTE, wantsContact: true })
  ok(await cloud.call('care', 'o-cadre3', { action: 'updateHealthFile', lastExamDate: '2026-03-01', insuranceUntil: '2027-06-30' }))
  const [task] = await careTasks(cloud)
  taskId = task._id
  worker = task.assigneeId
  idle = worker === 'liaisonA1' ? 'liaisonA2' : 'liaisonA1'
})
afterAll(() => cloud.close())

type State = 'open' | 'closed'
/** `answers`: may carry cadre3's answers and notes; `summary`: may carry the talk summary; `clean`: neither; or an error code. */
type Expect = 'answers' | 'summary' | 'clean' | 'own' | `${string}.${string}`

const ROLES = ['cadre', 'otherCadre', 'worker', 'sameUnitLiaison', 'otherUnitLiaison', 'secretary', 'otherSecretary', 'county', 'admin'] as const
type Role = (typeof ROLES)[number]

const openidOf = (role: Role) =>
  ({ cadre: 'o-cadre3', otherCadre: 'o-cadre1', worker: `o-${worker}`, sameUnitLiaison: `o-${idle}`, otherUnitLiaison: 'o-liaisonB1', secretary: 'o-sec2', otherSecretary: 'o-sec1', county: 'o-county1', admin: 'o-admin1' })[role]

const F = 'AUTH.FORBIDDEN'
const NF = 'CARE.NOT_FOUND'

/** The read paths: function, action, payload, and what each role gets with the task open / closed. */
const PATHS: { fn: string; action: string; payload: () => Record<string, unknown>; expect: Record<Role, Expect | [Expect, Expect]> }[] = [
  {
    fn: 'checkins', action: 'consentStatus', payload: () => ({}),
    expect: { cadre: 'clean', otherCadre: 'clean', worker: F, sameUnitLiaison: F, otherUnitLiaison: F, secretary: F, otherSecretary: F, county: F, admin: F },
  },
  {
    fn: 'checkins', action: 'mine', payload: () => ({ from: '2026-11-01', to: '2026-11-30' }),
    expect: { cadre: 'answers', otherCadre: 'own', worker: F, sameUnitLiaison: F, otherUnitLiaison: F, secretary: F, otherSecretary: F, county: F, admin: F },
  },
  {
    fn: 'checkins', action: 'today', payload: () => ({}),
    expect: { cadre: 'answers', otherCadre: 'own', worker: F, sameUnitLiaison: F, otherUnitLiaison: F, secretary: F, otherSecretary: F, county: F, admin: F },
  },
  {
    fn: 'care', action: 'list', payload: () => ({}),
    expect: { cadre: F, otherCadre: F, worker: 'clean', sameUnitLiaison: 'clean', otherUnitLiaison: 'clean', secretary: 'clean', otherSecretary: 'clean', county: F, admin: F },
  },
  {
    fn: 'care', action: 'get', payload: () => ({ taskId }),
    expect: { cadre: F, otherCadre: F, worker: ['answers', 'summary'], sameUnitLiaison: 'clean', otherUnitLiaison: NF, secretary: 'clean', otherSecretary: NF, county: F, admin: F },
  },
  {
    fn: 'care', action: 'summary', payload: () => ({}),
    expect: { cadre: F, otherCadre: F, worker: F, sameUnitLiaison: F, otherUnitLiaison: F, secretary: 'clean', otherSecretary: 'clean', county: 'clean', admin: F },
  },
  {
    fn: 'care', action: 'healthFile', payload: () => ({ cadreId: 'cadre3' }),
    expect: { cadre: 'clean', otherCadre: F, worker: 'clean', sameUnitLiaison: 'clean', otherUnitLiaison: NF, secretary: F, otherSecretary: F, county: F, admin: F },
  },
  // the inbox is someone else's function, but care writes into it: nothing private may travel there
  {
    fn: 'notifications', action: 'list', payload: () => ({}),
    expect: { cadre: 'clean', otherCadre: 'clean', worker: 'clean', sameUnitLiaison: 'clean', otherUnitLiaison: 'clean', secretary: 'clean', otherSecretary: 'clean', county: 'clean', admin: 'clean' },
  },
]

function check(answer: Answer, expected: Expect, where: string): void {
  const text = JSON.stringify(answer)
  if (expected.includes('.')) {
    expect(answer.error?.code, where).toBe(expected)
    return
  }
  expect(answer.ok, `${where}: ${text}`).toBe(true)
  const hasAnswers = text.includes(NOTE) || text.includes('"mood"')
  if (expected === 'answers') expect(text, where).toContain(NOTE)
  else if (expected === 'own') expect(text.includes(NOTE), where).toBe(false)
  else expect(hasAnswers, `${where} shows check-in answers: ${text}`).toBe(false)
  if (expected !== 'own') expect(text.includes(OTHER_NOTE), `${where} shows another cadre's note`).toBe(false)
  if (expected === 'summary') expect(text, where).toContain(SUMMARY)
  else expect(text.includes(SUMMARY) || text.includes('"summary"'), `${where} shows the talk summary: ${text}`).toBe(false)
}

async function runMatrix(state: State): Promise<number> {
  let cells = 0
  for (const path of PATHS) {
    for (const role of ROLES) {
      const rule = path.expect[role]
      const expected = Array.isArray(rule) ? rule[state === 'open' ? 0 : 1] : rule
      const answer = await cloud.call(path.fn, openidOf(role), { action: path.action, ...path.payload() })
      check(answer, expected, `${state} ${path.fn}.${path.action} as ${role}`)
      cells++
    }
  }
  return cells
}

test(`privacy matrix with the care task open: ${ROLES.length} roles × ${PATHS.length} read paths`, async () => {
  cloud.setNow('2026-11-23T10:00:00+08:00')
  expect(await runMatrix('open')).toBe(72)
})

test('secretaries of the township see the task with the cadre’s name, reasons and status', async () => {
  const { items } = ok(await cloud.call('care', 'o-sec2', { action: 'list' }))
  expect(items).toEqual([expect.objectContaining({ id: taskId, cadreName: 'cadre3', status: 'open', reasons: expect.arrayContaining([expect.objectContaining({ reason: 'unwell' })]) })])
  expect(ok(await cloud.call('care', 'o-sec1', { action: 'list' })).items).toEqual([])
  expect(ok(await cloud.call('care', 'o-liaisonB1', { action: 'list' })).items).toEqual([])
})

test(`privacy matrix after the talk is recorded: the same ${ROLES.length} × ${PATHS.length}, check-ins closed to the liaison`, async () => {
  cloud.setNow('2026-11-23T16:00:00+08:00')
  ok(await cloud.call('care', `o-${worker}`, { action: 'record', taskId, date: '2026-11-23', mode: 'phone', summary: SUMMARY }))
  expect(await runMatrix('closed')).toBe(72)
  const { items } = ok(await cloud.call('care', 'o-sec2', { action: 'list', status: 'closed' }))
  expect(items[0]).toMatchObject({ status: 'closed', talk: { mode: 'phone', date: '2026-11-23' } })
})
