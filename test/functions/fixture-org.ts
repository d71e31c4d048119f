// A small county for function tests: one township, two villages, three units (two liaisons,
// one liaison, none), cadres sent by each, a secretary and county staff.
import type { Cloud } from './harness'

const user = (id: string, role: string, extra: Record<string, unknown> = {}) => ({
  _id: id, openid: `o-${id}`, name: id, role, active: true, ...extra,
})

export const ORG = {
  regions: [
    { _id: 'c1', name: '测试县', level: 'county', parentId: null },
    { _id: 't1', name: '东乡', level: 'township', parentId: 'c1' },
    { _id: 't2', name: '西乡', level: 'township', parentId: 'c1' },
    { _id: 'v1', name: '一村', level: 'village', parentId: 't1' },
    { _id: 'v2', name: '二村', level: 'village', parentId: 't1' },
    { _id: 'v3', name: '三村', level: 'village', parentId: 't2' },
  ],
  units: [
    { _id: 'uA', name: '农业局', countyId: 'c1' },
    { _id: 'uB', name: '交通局', countyId: 'c1' },
    { _id: 'uC', name: '无人局', countyId: 'c1' },
  ],
  pairings: [
    { _id: 'p1', villageId: 'v1', unitId: 'uA', lead: true },
    { _id: 'p2', villageId: 'v1', unitId: 'uB', lead: false },
    { _id: 'p3', villageId: 'v2', unitId: 'uC', lead: true },
    { _id: 'p4', villageId: 'v3', unitId: 'uB', lead: true },
  ],
  users: [
    user('cadre1', 'cadre', { villageId: 'v1', homeUnitId: 'uB' }),
    user('cadre2', 'cadre', { villageId: 'v2', homeUnitId: 'uC' }),
    user('cadre3', 'cadre', { villageId: 'v3', homeUnitId: 'uA' }),
    user('liaisonA1', 'liaison', { unitId: 'uA' }),
    user('liaisonA2', 'liaison', { unitId: 'uA' }),
    user('liaisonB1', 'liaison', { unitId: 'uB' }),
    user('sec1', 'secretary', { townshipId: 't1', countyId: 'c1' }),
    user('sec2', 'secretary', { townshipId: 't2', countyId: 'c1' }),
    user('county1', 'county', { countyId: 'c1' }),
    user('admin1', 'admin', {}),
    user('gone', 'cadre', { villageId: 'v1', homeUnitId: 'uB', active: false }),
  ],
}

export async function seedOrg(cloud: Pick<Cloud, 'db'>): Promise<void> {
  for (const [collection, docs] of Object.entries(ORG)) {
    for (const doc of docs) await cloud.db.collection(collection).add({ data: doc })
  }
}
