// The demo county (示范县): an organisation small enough to read at a glance, shaped to show every
// routing path — lead and secondary pairings, units with one or two liaisons, and 县供销社 with
// none, so support needs of 杨柳村 and difficulties of the cadre it sent land in pending_dispatch.
import type { Pairing, Region, Role, Unit, User } from '../../src/core/types'

const COUNTY = 'r-county-1'

const townships: [id: string, name: string, villages: [id: string, name: string][]][] = [
  ['r-town-1', '青山镇', [['r-vil-1', '东坪村'], ['r-vil-2', '柳塘村'], ['r-vil-3', '桃源村']]],
  ['r-town-2', '清河乡', [['r-vil-4', '河口村'], ['r-vil-5', '杨柳村']]],
  ['r-town-3', '石桥镇', [['r-vil-6', '石门村'], ['r-vil-7', '新田村'], ['r-vil-8', '枫林村']]],
]

export const regions: Region[] = [
  { id: COUNTY, name: '示范县', level: 'county', parentId: null },
  ...townships.flatMap(([id, name, villages]) => [
    { id, name, level: 'township' as const, parentId: COUNTY },
    ...villages.map(([vid, vname]) => ({ id: vid, name: vname, level: 'village' as const, parentId: id })),
  ]),
]

export const units: Unit[] = [
  ['unit-1', '县农业农村局'],
  ['unit-2', '县交通运输局'],
  ['unit-3', '县卫健局'],
  ['unit-4', '县教育局'],
  ['unit-5', '县人社局'],
  ['unit-6', '县供销社'],
  ['unit-7', '县水利局'],
].map(([id, name]) => ({ id, name, countyId: COUNTY }))

export const pairings: (Pairing & { id: string })[] = (
  [
    ['r-vil-1', 'unit-1', true],
    ['r-vil-1', 'unit-2', false],
    ['r-vil-2', 'unit-2', true],
    ['r-vil-3', 'unit-3', true],
    ['r-vil-3', 'unit-6', false],
    ['r-vil-4', 'unit-4', true],
    ['r-vil-5', 'unit-6', true],
    ['r-vil-5', 'unit-1', false],
    ['r-vil-6', 'unit-5', true],
    ['r-vil-6', 'unit-3', false],
    ['r-vil-7', 'unit-7', true],
    ['r-vil-8', 'unit-1', true],
  ] as const
).map(([villageId, unitId, lead]) => ({ id: `p-${villageId}-${unitId}`, villageId, unitId, lead }))

/** `u-<role>-<n>` with openid `dev-<role>-<n>`, so the demo picker and the tests can name anyone. */
function user(role: Role, n: number, name: string, phone: string, extra: Partial<User>): User {
  return { id: `u-${role}-${n}`, openid: `dev-${role}-${n}`, name, role, phone, countyId: COUNTY, active: true, ...extra }
}

export const users: User[] = [
  user('cadre', 1, '周志强', '13907310001', { villageId: 'r-vil-1', homeUnitId: 'unit-1' }),
  user('cadre', 2, '吴晓燕', '13907310002', { villageId: 'r-vil-2', homeUnitId: 'unit-3' }),
  user('cadre', 3, '郑海涛', '13907310003', { villageId: 'r-vil-3', homeUnitId: 'unit-4' }),
  user('cadre', 4, '孙丽娟', '13907310004', { villageId: 'r-vil-4', homeUnitId: 'unit-2' }),
  user('cadre', 5, '马振华', '13907310005', { villageId: 'r-vil-5', homeUnitId: 'unit-6' }),
  user('cadre', 6, '胡文斌', '13907310006', { villageId: 'r-vil-6', homeUnitId: 'unit-5' }),
  user('cadre', 7, '林春梅', '13907310007', { villageId: 'r-vil-7', homeUnitId: 'unit-7' }),
  user('cadre', 8, '何俊杰', '13907310008', { villageId: 'r-vil-8', homeUnitId: 'unit-1' }),
  user('liaison', 1, '王建国', '13807310001', { unitId: 'unit-1' }),
  user('liaison', 2, '李秀英', '13807310002', { unitId: 'unit-1' }),
  user('liaison', 3, '张伟', '13807310003', { unitId: 'unit-2' }),
  user('liaison', 4, '刘芳', '13807310004', { unitId: 'unit-3' }),
  user('liaison', 5, '陈明', '13807310005', { unitId: 'unit-3' }),
  user('liaison', 6, '杨静', '13807310006', { unitId: 'unit-4' }),
  user('liaison', 7, '赵磊', '13807310007', { unitId: 'unit-5' }),
  user('liaison', 8, '黄丽', '13807310008', { unitId: 'unit-7' }),
  user('secretary', 1, '徐国庆', '13707310001', { townshipId: 'r-town-1' }),
  user('secretary', 2, '高建华', '13707310002', { townshipId: 'r-town-2' }),
  user('secretary', 3, '罗红梅', '13707310003', { townshipId: 'r-town-3' }),
  user('county', 1, '梁晓东', '13607310001', {}),
  user('county', 2, '宋雅琴', '13607310002', {}),
  user('admin', 1, '唐志远', '13507310001', {}),
  // not bound to any WeChat account yet: the admin invites this one to try binding (README)
  { ...user('county', 3, '方若宁', '13607310003', {}), openid: '' },
]
