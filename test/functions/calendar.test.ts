import { afterEach, expect, test, vi } from 'vitest'
import { ok, seededCloud } from './harness'
import { runScheduler, snapshot, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
const admin = (action: string, payload: Record<string, unknown> = {}, openid = 'o-admin1') => cloud.call('admin', openid, { action, ...payload })

// Written in the notice's form for the tests; NOT the official 2027 schedule (not published when
// this was written): Spring Festival Fri Feb 5 – Thu Feb 11, Sunday Feb 14 worked.
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（周五）至11日（周四）放假调休，共7天。2月14日（周日）上班。',
].join('\n')

const CALENDAR_COLLECTIONS = ['calendar', 'calendarStatus', 'audit']

afterEach(() => vi.restoreAllMocks())

test('an override applied for 2027 reaches requests within a minute: deadlines fall after the entered Spring Festival', async () => {
  cloud.setNow('2027-02-04T14:58:30+08:00')
  const before = await submit(cloud, 'o-cadre1') // the requests function caches the calendar now
  expect(before.signForBy).toBe('2027-02-05T14:58:30.000+08:00') // Mon–Fri only: inside the holiday

  cloud.setNow('2027-02-04T14:59:00+08:00')
  const parsed = ok(await admin('calendarParse', { text: NOTICE_2027 }))
  expect(parsed.year).toBe(2027)
  expect(parsed.days).toContainEqual({ date: '2027-02-14', day: 'work', name: '春节' })
  const applied = ok(await admin('calendarApply', parsed))
  expect(applied.entered).toMatchObject({ by: 'admin1', how: 'notice' })
  expect(applied.days.find((d: any) => d.date === '2027-02-08')).toEqual({ date: '2027-02-08', kind: 'holiday', source: 'override', name: '春节' })
  expect(applied.days.find((d: any) => d.date === '2027-02-14')).toMatchObject({ kind: 'makeup', source: 'override' })

  cloud.setNow('2027-02-04T15:00:00+08:00') // 90 s after the requests function read the calendar
  const after = await submit(cloud, 'o-cadre1')
  expect(after.signForBy).toBe('2027-02-12T15:00:00.000+08:00')
  // Fri 12, the make-up Sunday 14, Mon 15, Tue 16, Wed 17
  expect(after.resolveBy).toBe('2027-02-17T15:00:00.000+08:00')
})

test('the warning shows from 1 November while next year is unknown, to admin, county and secretaries, and not once entered', async () => {
  cloud.setNow('2026-10-31T18:00:00+08:00')
  expect(ok(await admin('calendarWarning'))).toEqual({ year: null })
  cloud.setNow('2026-11-01T08:00:00+08:00')
  expect(ok(await admin('calendarWarning'))).toEqual({ year: 2027 })
  expect(ok(await admin('calendarWarning', {}, 'o-county1'))).toEqual({ year: 2027 })
  expect(ok(await admin('calendarWarning', {}, 'o-sec1'))).toEqual({ year: 2027 })
  expect((await admin('calendarWarning', {}, 'o-cadre1')).error?.code).toBe('AUTH.FORBIDDEN')

  ok(await admin('calendarMark', { year: 2027, entered: true }))
  expect(ok(await admin('calendarWarning'))).toEqual({ year: null })
  ok(await admin('calendarMark', { year: 2027, entered: false }))
  expect(ok(await admin('calendarWarning', {}, 'o-sec1'))).toEqual({ year: 2027 })
  ok(await admin('calendarApply', ok(await admin('calendarParse', { text: NOTICE_2027 }))))
  expect(ok(await admin('calendarWarning', {}, 'o-county1'))).toEqual({ year: null })
})

test('the scheduler logs the warning once a day from 1 November, not in October and not once entered', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const logged = () => warn.mock.calls.filter((c) => String(c[0]).includes('[calendar]'))
  cloud.setNow('2026-10-31T09:00:00+08:00')
  await runScheduler(cloud)
  expect(logged()).toHaveLength(0)
  cloud.setNow('2026-11-01T09:00:00+08:00')
  await runScheduler(cloud)
  cloud.setNow('2026-11-01T09:10:00+08:00')
  await runScheduler(cloud)
  expect(logged()).toHaveLength(1)
  expect(logged()[0][0]).toContain('2027')
  cloud.setNow('2026-11-02T09:00:00+08:00')
  await runScheduler(cloud)
  expect(logged()).toHaveLength(2)
  ok(await admin('calendarMark', { year: 2027, entered: true }))
  cloud.setNow('2026-11-03T09:00:00+08:00')
  await runScheduler(cloud)
  expect(logged()).toHaveLength(2)
})

test('calendarSet overrides one date and clears it again; every change is audited with before and after', async () => {
  const set = ok(await admin('calendarSet', { date: '2026-12-31', day: 'off' }))
  expect(set.days.find((d: any) => d.date === '2026-12-31')).toEqual({ date: '2026-12-31', kind: 'holiday', source: 'override' })
  ok(await admin('calendarSet', { date: '2026-12-31', day: 'off' })) // no change: no second entry
  cloud.setNow('2026-11-23T09:01:00+08:00') // the log pages by time
  const cleared = ok(await admin('calendarSet', { date: '2026-12-31', day: null }))
  expect(cleared.days.find((d: any) => d.date === '2026-12-31')).toEqual({ date: '2026-12-31', kind: 'workday', source: 'default' })
  cloud.setNow('2026-11-23T09:02:00+08:00')
  ok(await admin('calendarApply', ok(await admin('calendarParse', { text: NOTICE_2027 }))))
  const log = ok(await admin('audit')).items
  expect(log.map((e: any) => [e.action, e.target])).toEqual([
    ['calendarApply', '2027'],
    ['calendarSet', '2026-12-31'],
    ['calendarSet', '2026-12-31'],
  ])
  expect(log[2]).toMatchObject({ actorId: 'admin1', before: null, after: { date: '2026-12-31', day: 'off' } })
  expect(log[1]).toMatchObject({ before: { date: '2026-12-31', day: 'off' }, after: null })
  expect(log[0].before).toEqual([])
  expect(log[0].after).toHaveLength(11)
})

test('a calendarSet or calendarMark cut off at its write changes nothing and logs nothing; the retry logs once', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const entries = async (action: string) => (ok(await admin('audit')).items as any[]).filter((e) => e.action === action)
  const dayOf = async (date: string) => ok(await admin('calendar', { year: +date.slice(0, 4) })).days.find((d: any) => d.date === date)

  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.coll === 'calendar'), async () => {
    expect((await admin('calendarSet', { date: '2026-12-30', day: 'off' })).error?.code).toBe('INTERNAL')
  })
  expect(await entries('calendarSet')).toEqual([])
  expect((await dayOf('2026-12-30')).source).toBe('default')
  ok(await admin('calendarSet', { date: '2026-12-30', day: 'off' }))
  expect(await entries('calendarSet')).toHaveLength(1)
  expect((await dayOf('2026-12-30')).kind).toBe('holiday')

  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.coll === 'audit'), async () => {
    expect((await admin('calendarMark', { year: 2027, entered: true })).error?.code).toBe('INTERNAL')
  })
  expect(ok(await admin('calendar', { year: 2027 })).entered).toBeNull()
  expect(await entries('calendarMark')).toEqual([])
  ok(await admin('calendarMark', { year: 2027, entered: true }))
  expect(await entries('calendarMark')).toMatchObject([{ target: '2027', before: null, after: { how: 'marked' } }])
})

test('applying a notice again replaces that year’s earlier overrides', async () => {
  ok(await admin('calendarSet', { date: '2027-03-01', day: 'off' }))
  ok(await admin('calendarApply', ok(await admin('calendarParse', { text: NOTICE_2027 }))))
  const year = ok(await admin('calendar', { year: 2027 }))
  expect(year.days.filter((d: any) => d.source === 'override')).toHaveLength(11)
  expect(year.days.find((d: any) => d.date === '2027-03-01')).toMatchObject({ kind: 'workday', source: 'default' })
  expect(year.builtIn).toBe(false)
  expect(ok(await admin('calendar', { year: 2026 })).builtIn).toBe(true)
})

test('only the admin reads or changes the calendar; the others get AUTH.FORBIDDEN and nothing changes', async () => {
  const before = await snapshot(cloud, CALENDAR_COLLECTIONS)
  for (const openid of ['o-cadre1', 'o-liaisonA1', 'o-sec1', 'o-county1']) {
    for (const [action, payload] of [
      ['calendar', { year: 2027 }],
      ['calendarSet', { date: '2027-01-04', day: 'off' }],
      ['calendarParse', { text: NOTICE_2027 }],
      ['calendarApply', { year: 2027, days: [{ date: '2027-01-01', day: 'off' }] }],
      ['calendarMark', { year: 2027, entered: true }],
    ] as const) {
      expect((await admin(action, payload, openid)).error?.code, `${openid} ${action}`).toBe('AUTH.FORBIDDEN')
    }
  }
  expect((await admin('calendar', { year: 2027 }, 'o-stranger')).error?.code).toBe('AUTH.UNBOUND')
  expect(await snapshot(cloud, CALENDAR_COLLECTIONS)).toEqual(before)
})

test('bad input is INPUT.INVALID and stores nothing; an unreadable notice names its line', async () => {
  const before = await snapshot(cloud, CALENDAR_COLLECTIONS)
  const broken = '二、春节：2月5日至11日放假，2月14日补班。'
  const parse = await admin('calendarParse', { text: NOTICE_2027.replace(/^二、.*$/m, broken) })
  expect(parse.error).toMatchObject({ code: 'INPUT.INVALID', fields: { line: broken } })
  for (const payload of [
    { year: 2027, days: [{ date: '2028-01-01', day: 'off' }] },
    { year: 2027, days: [{ date: '2027-02-30', day: 'off' }] },
    { year: 2027, days: [{ date: '2027-02-05', day: 'off' }, { date: '2027-02-05', day: 'work' }] },
    { year: 2027, days: [{ date: '2027-02-05', day: 'maybe' }] },
    { year: 2027, days: [] },
    { year: 2027, days: [{ date: '2027-02-05', day: 'off' }], extra: 1 },
  ]) {
    expect((await admin('calendarApply', payload)).error?.code, JSON.stringify(payload)).toBe('INPUT.INVALID')
  }
  for (const payload of [{ date: '2027-13-01', day: 'off' }, { date: '2027-01-01' }, { date: '2027-01-01', day: 'holiday' }]) {
    expect((await admin('calendarSet', payload)).error?.code, JSON.stringify(payload)).toBe('INPUT.INVALID')
  }
  expect((await admin('calendar', { year: '2027' })).error?.code).toBe('INPUT.INVALID')
  expect(await snapshot(cloud, CALENDAR_COLLECTIONS)).toEqual(before)
})

test('an apply cut off after its audit entry, or before it, is recorded once when the admin applies again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const parsed = ok(await admin('calendarParse', { text: NOTICE_2027 }))
  const applies = async () => (ok(await admin('audit')).items as any[]).filter((e) => e.action === 'calendarApply')
  // cut off after the entry, with the first override: the retry finishes the overrides, not the log
  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.coll === 'calendar'), async () => {
    expect((await admin('calendarApply', parsed)).error?.code).toBe('INTERNAL')
  })
  expect(ok(await admin('calendar', { year: 2027 })).entered).toBeNull() // the warning stays up meanwhile
  expect(ok(await admin('calendarApply', parsed)).entered).toMatchObject({ how: 'notice' })
  expect(await applies()).toHaveLength(1)
  expect((await applies())[0]).toMatchObject({ before: [], after: parsed.days })

  // another year, cut off right at the entry: the retry records it
  const y2028 = { year: 2028, days: [{ date: '2028-01-03', day: 'off', name: '元旦' }] }
  cloud.setNow('2026-11-23T09:01:00+08:00')
  await cloud.withOneWriteFailing((ops) => ops.some((op) => op.coll === 'audit'), async () => {
    expect((await admin('calendarApply', y2028)).error?.code).toBe('INTERNAL')
  })
  ok(await admin('calendarApply', y2028))
  expect((await applies()).map((e) => e.target)).toEqual(['2028', '2027'])

  // a finished apply is done: the same days applied again later are a new change, with their entry
  cloud.setNow('2026-11-23T09:02:00+08:00')
  ok(await admin('calendarApply', parsed))
  expect((await applies()).map((e) => e.target)).toEqual(['2027', '2028', '2027'])
})
