// Nobody outside a request's submitter, assigned unit, township and county sees or changes it,
// through any action, list or notification; a psych request's title stays with those who may read it.
import { expect, test } from 'vitest'
import { COMMAND_TYPES } from '@/core/lifecycle'
import { seededCloud, ok } from './harness'
import { act, runScheduler, snapshot, submit } from './story'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })

const OUTSIDERS = ['o-cadre3', 'o-liaisonB1', 'o-sec2', 'o-admin1'] // other cadre, other unit, other township, admin
const PAYLOAD: Record<string, Record<string, unknown>> = {
  return: { reason: '不属于本单位职责' }, dispatch: { unitId: 'uB' }, transfer: { unitId: 'uB', reason: '交通局更熟悉情况' },
  requestInfo: { question: '需要补充什么？' }, reply: { text: '补充说明' }, requestExtension: { days: 2, reason: '需要等待物资到位' },
  decideExtension: { approve: true }, resolve: { note: '已经处理完毕了' }, confirm: { solved: true, satisfaction: 'satisfied' },
  comment: { text: '请尽快处理' }, supervise: { note: '请加快办理' },
}

test('outsiders can neither read nor change a request by any action, and it is in none of their lists', async () => {
  const req = await submit(cloud, 'o-cadre1') // t1, uA
  await act(cloud, `o-${req.assigneeId}`, 'signFor', { id: req.id })
  const before = await snapshot(cloud)
  let tried = 0
  for (const openid of OUTSIDERS) {
    for (const action of ['get', ...COMMAND_TYPES]) {
      const answer = await cloud.call('requests', openid, { action, id: req.id, ...(PAYLOAD[action] ?? {}) })
      expect(answer.ok, `${openid} ${action}`).toBe(false)
      expect(['REQUEST.NOT_FOUND', 'AUTH.FORBIDDEN']).toContain(answer.error?.code)
      tried++
    }
    for (const box of ['mine', 'unit', 'township', 'county']) {
      const answer = await cloud.call('requests', openid, { action: 'list', box })
      if (answer.ok) expect(answer.data.items.map((r: { id: string }) => r.id)).not.toContain(req.id)
    }
  }
  expect(tried).toBe(OUTSIDERS.length * (COMMAND_TYPES.length + 1))
  expect(await snapshot(cloud)).toEqual(before)
})

test('notifications about a request reach only its people, even after escalation to the county', async () => {
  const req = await submit(cloud, 'o-cadre1', { kind: 'difficulty', category: 'psych', title: '近期压力很大睡不好' }) // → uB
  cloud.setNow('2026-12-10T09:00:00+08:00') // unsigned, far past every deadline
  await runScheduler(cloud)
  const all = (await cloud.db.collection('notifications').limit(1000).get()).data as Array<Record<string, any>>
  const readers = new Set(all.filter((n) => n.requestId === req.id).map((n) => n.userId))
  expect([...readers].sort()).toEqual(['county1', 'liaisonB1', 'sec1'])
  for (const n of all.filter((x) => x.userId !== 'liaisonB1' && x.userId !== 'cadre1')) expect(JSON.stringify(n)).not.toContain('睡不好')
  expect(all.find((n) => n.userId === 'liaisonB1' && n.title === '诉求签收超时')?.body).toContain('睡不好')
  for (const openid of ['o-sec2', 'o-liaisonA1', 'o-cadre3']) {
    expect(JSON.stringify(ok(await cloud.call('notifications', openid, { action: 'list' })))).not.toContain(req.id)
  }
})
