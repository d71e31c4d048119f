import { expect, test } from 'vitest'
import { seededCloud, ok } from './harness'

const cloud = seededCloud()

test('the directory names the county’s units and staff; only staff also see cadres', async () => {
  const forCadre = ok(await cloud.call('org', 'o-cadre1', { action: 'directory' }))
  expect(forCadre.units.map((u: { name: string }) => u.name).sort()).toEqual(['交通局', '农业局', '无人局'].sort())
  const cadreSees = forCadre.people.map((p: { id: string }) => p.id)
  expect(cadreSees).toEqual(expect.arrayContaining(['cadre1', 'liaisonA1', 'sec1', 'county1']))
  expect(cadreSees).not.toContain('cadre3')

  const forSecretary = ok(await cloud.call('org', 'o-sec1', { action: 'directory' }))
  expect(forSecretary.people.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['cadre1', 'cadre3', 'liaisonB1']))
  expect(JSON.stringify(forSecretary)).not.toMatch(/openid|phone|o-cadre/)
})

test('a user of another county sees none of these names', async () => {
  await cloud.db.collection('regions').add({ data: { _id: 'c2', name: '邻县', level: 'county', parentId: null } })
  await cloud.db.collection('users').add({ data: { _id: 'far', openid: 'o-far', name: '外县书记', role: 'county', countyId: 'c2', active: true } })
  const answer = ok(await cloud.call('org', 'o-far', { action: 'directory' }))
  expect(answer.units).toEqual([])
  expect(answer.people.map((p: { id: string }) => p.id)).toEqual(['far'])
})

test('directory takes no parameters and needs a bound user', async () => {
  expect((await cloud.call('org', 'o-cadre1', { action: 'directory', countyId: 'c2' })).error?.code).toBe('INPUT.INVALID')
  expect((await cloud.call('org', 'o-nobody', { action: 'directory' })).error?.code).toBe('AUTH.UNBOUND')
})

test('each unit lists its active liaisons, so a picker can refuse a unit nobody can sign for', async () => {
  const dir = ok(await cloud.call('org', 'o-sec1', { action: 'directory' }))
  const byId = Object.fromEntries(dir.units.map((u: { id: string; liaisons: string[] }) => [u.id, [...u.liaisons].sort()]))
  expect(byId).toEqual({ uA: ['liaisonA1', 'liaisonA2'], uB: ['liaisonB1'], uC: [] })
  expect(dir.villages).toEqual(
    expect.arrayContaining([
      { id: 'v1', name: '一村', townshipId: 't1' },
      { id: 'v3', name: '三村', townshipId: 't2' },
    ]),
  )
  expect(ok(await cloud.call('org', 'o-cadre1', { action: 'directory' })).villages).toBeUndefined()
})
