// Every role against every stats action and scope (SPEC §11): nothing of another township, unit or county.
import { expect, test } from 'vitest'
import { seededCloud } from './harness'
import { NOV } from './stats-helpers'

const cloud = seededCloud({ now: '2026-11-23T09:00:00+08:00' })
const ACTIONS = ['overview', 'breakdown', 'overdue', 'care', 'export']

async function code(openid: string, action: string, scope?: { type: string; id: string }) {
  const payload = action === 'overdue' ? {} : { ...NOV, ...(action === 'breakdown' ? { by: 'month' } : {}) }
  const res = await cloud.call('stats', openid, { action, ...payload, ...(scope ? { scope } : {}) })
  return res.ok ? 'ok' : res.error!.code
}

const S = (type: string, id: string) => ({ type, id })

const CASES: Array<[string, ReturnType<typeof S> | undefined, Record<string, string>]> = [
  // [caller, scope, expected per action (default for all: the `*` entry)]
  ['o-cadre1', undefined, { '*': 'AUTH.FORBIDDEN' }],
  ['o-admin1', undefined, { '*': 'AUTH.FORBIDDEN' }],
  ['o-stranger', undefined, { '*': 'AUTH.UNBOUND' }],
  ['o-liaisonA1', undefined, { '*': 'ok', care: 'AUTH.FORBIDDEN' }],
  ['o-liaisonA1', S('unit', 'uB'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-liaisonA1', S('township', 't1'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-liaisonA1', S('county', 'c1'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-sec1', undefined, { '*': 'ok' }],
  ['o-sec1', S('township', 't1'), { '*': 'ok' }],
  ['o-sec1', S('village', 'v1'), { '*': 'ok', care: 'AUTH.FORBIDDEN' }],
  ['o-sec1', S('township', 't2'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-sec1', S('village', 'v3'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-sec1', S('unit', 'uA'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-sec1', S('county', 'c1'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-county1', undefined, { '*': 'ok' }],
  ['o-county1', S('township', 't2'), { '*': 'ok' }],
  ['o-county1', S('unit', 'uC'), { '*': 'ok', care: 'AUTH.FORBIDDEN' }],
  ['o-county1', S('village', 'v3'), { '*': 'ok', care: 'AUTH.FORBIDDEN' }],
  ['o-county1', S('county', 'c9'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-county1', S('township', 'nowhere'), { '*': 'AUTH.FORBIDDEN' }],
  ['o-county1', S('unit', 'uZ'), { '*': 'AUTH.FORBIDDEN' }],
]

test('each role reads its own scope (or one inside it) and nothing else, through every action', async () => {
  const seen: string[] = []
  const want: string[] = []
  for (const [caller, scope, expected] of CASES) {
    for (const action of ACTIONS) {
      const label = `${caller} ${action} ${scope ? `${scope.type}:${scope.id}` : '(own)'}`
      seen.push(`${label} → ${await code(caller, action, scope)}`)
      want.push(`${label} → ${expected[action] ?? expected['*']}`)
    }
  }
  expect(seen).toEqual(want)
})

test('the default scope is the caller’s own', async () => {
  const scopeOf = async (openid: string) => (await cloud.call('stats', openid, { action: 'overview', ...NOV })).data.scope
  expect(await scopeOf('o-sec1')).toEqual({ type: 'township', id: 't1', name: '东乡' })
  expect(await scopeOf('o-liaisonB1')).toEqual({ type: 'unit', id: 'uB', name: '交通局' })
  expect(await scopeOf('o-county1')).toEqual({ type: 'county', id: 'c1', name: '测试县' })
})
