import { expect, test } from 'vitest'
import { CARE_REASONS } from '@/core/care-types'
import { CARE_REASON_LABELS, CATEGORY_LABELS } from '@/core/labels'
import type { Category } from '@/core/types'
import { seededCloud } from './harness'
import { act, runScheduler, stored, submit } from './story'
import { allRequests, counts, expected, stats } from './stats-helpers'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday; signForBy Tue 09:00, resolveBy Mon 11-30 09:00

const at = (iso: string) => cloud.setNow(iso)
const township = async () => (await stats(cloud, 'o-sec1', 'overview')).figures

async function closeSatisfied(rating: { solved: boolean; satisfaction: string } = { solved: true, satisfaction: 'satisfied' }) {
  const req = await submit(cloud, 'o-cadre1')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  await act(cloud, `o-${req.assigneeId}`, 'resolve', { id: req.id, note: '已处理完毕' })
  await act(cloud, 'o-cadre1', 'confirm', { id: req.id, ...rating })
  return req
}

test('one request closed satisfied, on time: every rate 100 %, with its counts', async () => {
  await closeSatisfied()
  const f = await township()
  expect(f.counts).toMatchObject(counts({ dispatched: 1, signed: 1, signedOnTime: 1, rated: 1, solvedRated: 1, satisfied: 1, resolved: 1, resolvedOnTime: 1 }))
  expect(f).toMatchObject({ responseRate: 1, resolutionRate: 1, satisfactionRate: 1, onTimeRate: 1, score: 1, overdueOpen: 0 })
})

test('nothing dispatched: every rate is null, never 0 or 100 %', async () => {
  const f = await township()
  expect(f).toMatchObject({ responseRate: null, resolutionRate: null, satisfactionRate: null, onTimeRate: null, score: null, avgSignForHours: null })
  expect(f.counts.dispatched).toBe(0)
})

test('a withdrawn request counts for nothing', async () => {
  const req = await submit(cloud, 'o-cadre1')
  expect((await township()).counts.dispatched).toBe(1)
  await act(cloud, 'o-cadre1', 'withdraw', { id: req.id })
  expect((await township()).counts).toEqual(counts({}))
})

test('basic satisfaction counts 0.9; an unsolved one lowers the resolution rate', async () => {
  await closeSatisfied({ solved: false, satisfaction: 'basic' })
  await closeSatisfied()
  const f = await township()
  expect(f.resolutionRate).toBe(0.5)
  expect(f.satisfactionRate).toBeCloseTo(0.95)
  expect(f.score).toBeCloseTo(0.1 * 1 + 0.5 * 0.5 + 0.4 * 0.95)
})

test('reopened: the unsatisfied rating counts until the latest confirm replaces it; resolved only once resolved again', async () => {
  const req = await submit(cloud, 'o-cadre1')
  const liaison = `o-${req.assigneeId}`
  await act(cloud, liaison, 'signFor', { id: req.id })
  await act(cloud, liaison, 'resolve', { id: req.id, note: '第一次处理' })
  await act(cloud, 'o-cadre1', 'confirm', { id: req.id, solved: false, satisfaction: 'unsatisfied' })
  let f = await township()
  expect(f.counts).toMatchObject({ rated: 1, satisfied: 0, basic: 0, solvedRated: 0, resolved: 0 })
  expect(f.satisfactionRate).toBe(0)
  at('2026-12-10T10:00:00+08:00') // past the new resolveBy: resolved late
  await act(cloud, liaison, 'resolve', { id: req.id, note: '第二次处理' })
  await act(cloud, 'o-cadre1', 'confirm', { id: req.id, solved: true, satisfaction: 'satisfied' })
  f = await township()
  expect(f.counts).toMatchObject({ rated: 1, satisfied: 1, solvedRated: 1, resolved: 1, resolvedOnTime: 0 })
  expect(f.onTimeRate).toBe(0)
})

test('transferred: the figures follow the latest assignment to the new unit; the township keeps it once', async () => {
  const req = await submit(cloud, 'o-cadre1') // → uA
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  const moved = await act(cloud, `o-${req.assigneeId}`, 'transfer', { id: req.id, unitId: 'uB', reason: '属于交通局职责' })
  expect(moved.assignedUnitId).toBe('uB')
  const county = (scope: object) => stats(cloud, 'o-county1', 'overview', { scope })
  expect((await county({ type: 'unit', id: 'uA' })).figures.counts.dispatched).toBe(0)
  expect((await county({ type: 'unit', id: 'uB' })).figures.counts).toMatchObject({ dispatched: 1, signed: 0 })
  const rows = (await stats(cloud, 'o-sec1', 'breakdown', { by: 'unit' })).rows
  expect(rows.map((r: { key: string }) => r.key)).toEqual(['uB'])
  expect(rows[0].name).toBe('交通局')
  expect((await township()).counts.dispatched).toBe(1)
})

test('unsigned past signForBy: once the scheduler records the breach it counts against the response rate and is overdue', async () => {
  const req = await submit(cloud, 'o-cadre1')
  await closeSatisfied()
  at('2026-11-24T09:05:00+08:00')
  await runScheduler(cloud)
  const f = await township()
  expect(f.counts).toMatchObject({ dispatched: 2, signed: 1, signedOnTime: 1, unsignedPastDue: 1, overdueOpen: 1 })
  expect(f.responseRate).toBe(0.5)
  const overdue = await stats(cloud, 'o-sec1', 'overdue')
  expect(overdue.total).toBe(1)
  expect(overdue.items[0]).toMatchObject({ id: req.id, deadlineKind: 'signFor', title: '村集体大棚技术指导' })
  // signing late takes it out of the overdue figures and counts as signed, not on time
  at('2026-11-24T10:00:00+08:00')
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  expect((await township()).counts).toMatchObject({ signed: 2, signedOnTime: 1, unsignedPastDue: 0, overdueOpen: 0 })
  expect((await stats(cloud, 'o-sec1', 'overdue')).total).toBe(0)
  expect(await township()).toEqual(expected(await allRequests(cloud), { type: 'township', id: 't1' }))
})

test('the overdue list never shows the title of a psych difficulty to the secretary', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'psych', title: '压力很大想找人聊聊' })
  at('2026-11-24T09:05:00+08:00')
  await runScheduler(cloud)
  const item = (await stats(cloud, 'o-sec1', 'overdue')).items[0]
  expect(item).toMatchObject({ id: req.id, title: '（保密事项）', category: 'psych' })
  const liaison = (await stats(cloud, `o-${req.assigneeId}`, 'overdue')).items[0]
  expect(liaison.title).toBe('压力很大想找人聊聊')
})

test('breakdowns: by month across the period, by category, by village; a county sees its townships', async () => {
  await closeSatisfied()
  at('2026-12-02T09:00:00+08:00')
  await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport' }) // → the cadre's home unit uB
  const pending = await submit(cloud, 'o-cadre2') // v2's lead unit has no liaison: dispatched by the secretary
  expect((await township()).counts.dispatched).toBe(1)
  await act(cloud, 'o-sec1', 'dispatch', { id: pending.id, unitId: 'uA' })
  await submit(cloud, 'o-cadre3')
  const months = (await stats(cloud, 'o-sec1', 'breakdown', { by: 'month', from: '2026-10-01', to: '2027-01-01' })).rows
  expect(months.map((r: any) => [r.key, r.figures.counts.dispatched])).toEqual([['2026-10', 0], ['2026-11', 1], ['2026-12', 2]])
  const cats = (await stats(cloud, 'o-sec1', 'breakdown', { by: 'category', to: '2027-01-01' })).rows
  expect(cats.map((r: any) => [r.key, r.figures.counts.dispatched])).toEqual([['tech', 2], ['transport', 1]])
  const villages = (await stats(cloud, 'o-sec1', 'breakdown', { by: 'village', to: '2027-01-01' })).rows
  expect(villages.map((r: any) => [r.key, r.name]).sort()).toEqual([['v1', '一村'], ['v2', '二村']])
  const townships = (await stats(cloud, 'o-county1', 'breakdown', { by: 'township', to: '2027-01-01' })).rows
  expect(townships.map((r: any) => [r.key, r.name, r.figures.counts.dispatched])).toEqual([['t1', '东乡', 3], ['t2', '西乡', 1]])
  const all = await allRequests(cloud)
  expect((await stats(cloud, 'o-county1', 'overview', { to: '2027-01-01' })).figures).toEqual(expected(all, { type: 'county', id: 'c1' }, '2026-11-01', '2027-01-01'))
  // a period of whole months and loose days adds up the same as the recomputation
  expect((await stats(cloud, 'o-county1', 'overview', { from: '2026-10-15', to: '2026-12-03' })).figures).toEqual(expected(all, { type: 'county', id: 'c1' }, '2026-10-15', '2026-12-03'))
})

test('care figures: counts for the township, available', async () => {
  const care = await stats(cloud, 'o-sec1', 'care')
  expect(care).toMatchObject({ available: true, scope: { type: 'township', id: 't1' }, openTasks: 0 })
  expect(care.cadres).toBe(2) // cadre1 and cadre2; the inactive one is not counted
})

test('a call that dies between its write and the rollups: the scheduler counts the change a minute later, once', async () => {
  const req = await cloud.withRollupWritesFailing(() => submit(cloud, 'o-cadre1'))
  // the request was acknowledged and kept; its increments wait on it, not yet in the figures
  expect((await stored(cloud, req.id)).rollupPending.docs.length).toBeGreaterThan(0)
  expect((await township()).counts.dispatched).toBe(0)
  // the scheduler leaves young ones to the call that wrote them
  expect((await runScheduler(cloud)).rollupsSettled).toBe(0)
  at('2026-11-23T09:01:30+08:00')
  expect((await runScheduler(cloud)).rollupsSettled).toBe(1)
  expect((await stored(cloud, req.id)).rollupPending).toBeNull()
  expect(await township()).toEqual(expected(await allRequests(cloud), { type: 'township', id: 't1' }))
  expect((await township()).counts.dispatched).toBe(1)
  // settled exactly once: later runs change nothing
  at('2026-11-23T09:30:00+08:00')
  expect((await runScheduler(cloud)).rollupsSettled).toBe(0)
  expect((await township()).counts.dispatched).toBe(1)
})

test('a change made while an earlier one is still pending settles both, once', async () => {
  const req = await cloud.withRollupWritesFailing(() => submit(cloud, 'o-cadre1'))
  await cloud.withRollupWritesFailing(() => act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id }))
  await act(cloud, `o-${req.assigneeId}`, 'resolve', { id: req.id, note: '已处理完毕' })
  expect((await stored(cloud, req.id)).rollupPending).toBeNull()
  expect((await township()).counts).toMatchObject({ dispatched: 1, signed: 1, signedOnTime: 1, resolved: 1 })
  expect(await township()).toEqual(expected(await allRequests(cloud), { type: 'township', id: 't1' }))
  at('2026-11-24T09:00:00+08:00')
  expect((await runScheduler(cloud)).rollupsSettled).toBe(0)
  expect((await township()).counts.dispatched).toBe(1)
})

test('a busy moment: 24 submits and sign-fors at once all land in the figures, none left pending', async () => {
  const cadres = ['o-cadre1', 'o-cadre3'] // villages whose lead units have liaisons
  const reqs = await Promise.all(Array.from({ length: 24 }, (_, i) => submit(cloud, cadres[i % 2], { title: `同时提交 ${i}` })))
  await Promise.all(reqs.map((r) => act(cloud, `o-${r.assigneeId}`, 'signFor', { id: r.id })))
  const requests = await allRequests(cloud)
  expect(requests.filter((r) => (r as { rollupPending?: unknown }).rollupPending)).toEqual([])
  const county = (await stats(cloud, 'o-county1', 'overview')).figures
  expect(county.counts).toMatchObject({ dispatched: 24, signed: 24 })
  expect(county).toEqual(expected(requests, { type: 'county', id: 'c1' }))
})

test('the pending increments are storage: no caller sees them on a request', async () => {
  const req = await cloud.withRollupWritesFailing(() => submit(cloud, 'o-cadre1'))
  expect(req).not.toHaveProperty('rollupPending')
  expect(await act(cloud, 'o-cadre1', 'get', { id: req.id })).not.toHaveProperty('rollupPending')
  const mine = await act(cloud, 'o-cadre1', 'list', { box: 'mine' })
  expect(mine.items[0].id).toBe(req.id)
  expect(mine.items[0]).not.toHaveProperty('rollupPending')
})

test('bad input is refused before anything is read', async () => {
  const bad = async (payload: object) => (await cloud.call('stats', 'o-sec1', { action: 'overview', ...payload })).error?.code
  expect(await bad({ from: '2026-11-01' })).toBe('INPUT.INVALID')
  expect(await bad({ from: '2026-11-10', to: '2026-11-01' })).toBe('INPUT.INVALID')
  expect(await bad({ from: '2026-02-30', to: '2026-03-01' })).toBe('INPUT.INVALID')
  expect(await bad({ from: '2026-11-01', to: '2026-12-01', scope: { type: 'township', id: { $ne: 1 } } })).toBe('INPUT.INVALID')
  expect((await cloud.call('stats', 'o-sec1', { action: 'breakdown', from: '2026-11-01', to: '2026-12-01', by: 'township' })).error?.code).toBe('INPUT.INVALID')
})

test('export: an .xlsx in cloud storage with the overview and every breakdown of the scope', async () => {
  await closeSatisfied()
  const out = await stats(cloud, 'o-sec1', 'export')
  expect(out.filename).toBe('统计-东乡-2026-11-01-2026-12-01.xlsx')
  const wb = await workbookOf(out.fileID)
  expect(wb.worksheets.map((s) => s.name)).toEqual(['总览', '按类别', '按单位', '按村', '按月', '关怀'])
  expect(wb.getWorksheet('总览')!.getRow(3).values).toContain('东乡')
  expect(wb.getWorksheet('按单位')!.getRow(3).getCell(1).value).toBe('农业局')
  expect(out.url).toMatch(/^\/__cloud\/file\//)
})

test('export: categories and care reasons in the words the app shows, not their codes', async () => {
  const req = await closeSatisfied()
  const wb = await workbookOf((await stats(cloud, 'o-sec1', 'export')).fileID)
  expect(wb.getWorksheet('按类别')!.getRow(3).getCell(1).value).toBe(CATEGORY_LABELS[req.category as Category])
  const reasons = wb.getWorksheet('关怀')!.getColumn(1).values
  for (const label of Object.values(CARE_REASON_LABELS)) expect(reasons).toContain(label)
  for (const code of CARE_REASONS) expect(reasons).not.toContain(code)
})

async function workbookOf(fileID: string) {
  const { pathOfFileId } = await import('../../cloudfunctions/_local/storage')
  const ExcelJS = (await import('exceljs')).default
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(pathOfFileId(fileID)!)
  return wb
}
