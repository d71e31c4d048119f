import { expect, test } from 'vitest'
import { isOverdue } from '@/components/request/deadline'
import { seededCloud, ok, type Answer } from './harness'
import { act, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' }) // a Monday

const list = (openid: string, payload: Record<string, unknown>) => cloud.call('requests', openid, { action: 'list', ...payload })
const ids = (answer: Answer) => ok(answer).items.map((r: { id: string }) => r.id).sort()

async function readAll(openid: string, payload: Record<string, unknown>) {
  const out: Array<Record<string, any>> = []
  let cursor: string | undefined
  do {
    const page = ok(await list(openid, { ...payload, ...(cursor ? { cursor } : {}) }))
    out.push(...page.items)
    cursor = page.cursor ?? undefined
  } while (cursor)
  return out
}

async function county() {
  const support1 = await submit(cloud, 'o-cadre1', { title: '大棚技术指导' }) // v1 → uA
  const transport1 = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'transport', title: '驻村交通不便' }) // v1 → uB
  const pending2 = await submit(cloud, 'o-cadre2', { title: '二村道路硬化' }) // v2 → uC: pending dispatch
  const other3 = await submit(cloud, 'o-cadre3', { title: '三村大棚技术' }) // v3 (西乡) → uB
  return { support1, transport1, pending2, other3 }
}

test('filters combine within the secretary’s own township', async () => {
  const r = await county()
  expect(ids(await list('o-sec1', { box: 'township' }))).toEqual([r.support1.id, r.transport1.id, r.pending2.id].sort())
  expect(ids(await list('o-sec1', { box: 'township', unitId: 'uB' }))).toEqual([r.transport1.id]) // not 西乡's uB request
  expect(ids(await list('o-sec1', { box: 'township', villageId: 'v1' }))).toEqual([r.support1.id, r.transport1.id].sort())
  expect(ids(await list('o-sec1', { box: 'township', villageId: 'v1', unitId: 'uA', status: 'assigned' }))).toEqual([r.support1.id])
  expect(ids(await list('o-sec1', { box: 'township', villageId: 'v1', status: 'pending_dispatch' }))).toEqual([])
  expect(ids(await list('o-sec1', { box: 'township', villageId: 'v2', status: 'pending_dispatch' }))).toEqual([r.pending2.id])
})

test('a secretary cannot filter into another township; county staff filter across their county', async () => {
  const r = await county()
  const answer = await list('o-sec1', { box: 'township', villageId: 'v3' })
  expect(answer.error).toMatchObject({ code: 'INPUT.INVALID', fields: { villageId: expect.any(String) } })
  expect(ids(await list('o-sec2', { box: 'township', unitId: 'uA' }))).toEqual([])
  expect(ids(await list('o-county1', { box: 'county', villageId: 'v3' }))).toEqual([r.other3.id])
  expect(ids(await list('o-county1', { box: 'county', unitId: 'uB' }))).toEqual([r.transport1.id, r.other3.id].sort())
})

test('filters belong to the township and county boxes and are validated', async () => {
  for (const bad of [
    { box: 'mine', unitId: 'uA' },
    { box: 'unit', q: '大棚' },
    { box: 'township', overdue: 'yes' },
    { box: 'township', overdue: true, status: 'closed' },
    { box: 'township', villageId: 'v1;drop' },
    { box: 'township', q: '' },
  ]) {
    const openid = bad.box === 'mine' ? 'o-cadre1' : bad.box === 'unit' ? 'o-liaisonA1' : 'o-sec1'
    expect((await list(openid, bad)).error?.code, JSON.stringify(bad)).toBe('INPUT.INVALID')
  }
})

test('overdue means what the inbox shows as overdue, paged without loss', async () => {
  const r = await county()
  const late: string[] = []
  for (let i = 0; i < 22; i++) late.push((await submit(cloud, 'o-cadre1', { title: `第${i}件大棚问题` })).id)
  // One signed for in time, one waiting for the submitter: not overdue at sign-for time.
  await act(cloud, `o-${r.support1.assigneeId}`, 'signFor', { id: r.support1.id })
  await act(cloud, 'o-liaisonB1', 'signFor', { id: r.transport1.id })
  await act(cloud, 'o-liaisonB1', 'requestInfo', { id: r.transport1.id, question: '哪天需要用车？' })
  cloud.setNow('2026-11-24T09:30:00+08:00') // past every unsigned request's signForBy
  const all = await readAll('o-sec1', { box: 'township' })
  const expected = all.filter((x) => isOverdue(x as never, '2026-11-24T09:30:00+08:00')).map((x) => x.id).sort()
  expect(expected).toEqual([...late].sort())
  const overdue = await readAll('o-sec1', { box: 'township', overdue: true })
  expect(overdue.map((x) => x.id).sort()).toEqual(expected)
  expect(overdue.map((x) => x.signForBy)).toEqual([...overdue.map((x) => x.signForBy)].sort())

  cloud.setNow('2026-12-01T10:00:00+08:00') // past resolveBy too: the signed one now counts, the waiting one still not
  const later = await readAll('o-sec1', { box: 'township', overdue: true, status: 'in_progress' })
  expect(later.map((x) => x.id)).toEqual([r.support1.id])
})

test('search finds a request by its number, or by words of its title; never a confidential title', async () => {
  const r = await county()
  const psych = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'psych', title: '大棚压力太大睡不着' })
  expect(ids(await list('o-sec1', { box: 'township', q: r.pending2.no }))).toEqual([r.pending2.id])
  expect(ids(await list('o-sec1', { box: 'township', q: r.pending2.no.toLowerCase() }))).toEqual([r.pending2.id]) // typed in lower case
  expect(ids(await list('o-sec1', { box: 'township', q: r.other3.no }))).toEqual([]) // 西乡's number
  expect(ids(await list('o-sec1', { box: 'township', q: '大棚' }))).toEqual([r.support1.id])
  expect(ids(await list('o-county1', { box: 'county', q: '大棚' }))).toEqual([r.support1.id, r.other3.id].sort())
  expect(ids(await list('o-sec1', { box: 'township', q: '睡不着' }))).toEqual([])
  expect(ids(await list('o-sec1', { box: 'township', q: psych.no }))).toEqual([psych.id]) // the number is not confidential
  expect(ids(await list('o-sec1', { box: 'township' }))).toContain(psych.id)
  expect(ids(await list('o-sec1', { box: 'township', villageId: 'v1' }))).not.toContain(psych.id) // a village would name its cadre
})
