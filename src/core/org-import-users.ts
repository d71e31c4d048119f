/** Checking the 人员 sheet (SPEC §7.1): each role has the organisation fields it needs and no other. */
import { problemSink, type Checked } from './org-import-check'
import type { ExistingOrg } from './org-import-types'
import { ROLES, SHEET_ROLE_NAMES, YES_NO, type SheetTables } from './org-import-sheets'
import type { Region, Role, Unit, User } from './types'

/** A user as the file wants it, before it is matched to a stored record by mobile. */
export type DesiredUser = Pick<User, 'name' | 'role' | 'active' | 'villageId' | 'homeUnitId' | 'unitId' | 'townshipId' | 'countyId'> & {
  phone: string
  row: number
}

export const MOBILE = /^1\d{10}$/

type RefColumn = '驻村编码' | '派出单位编码' | '所在单位编码' | '乡镇编码'
/** The organisation columns each role must fill (the others must stay empty; 县编码 is apart). */
const ROLE_FIELDS: Record<Role, RefColumn[]> = {
  cadre: ['驻村编码', '派出单位编码'],
  liaison: ['所在单位编码'],
  secretary: ['乡镇编码'],
  county: [],
  admin: [],
}
const REF_COLUMNS: RefColumn[] = ['驻村编码', '派出单位编码', '所在单位编码', '乡镇编码']

export function checkUsers(tables: SheetTables, existing: ExistingOrg, org: Checked, callerId: string): DesiredUser[] {
  const add = problemSink(org.problems, '人员')
  const regionOf = (code: string): Region | undefined => org.regions.get(code) ?? existing.regions.get(code)
  const unitOf = (code: string): Unit | undefined => org.units.get(code) ?? existing.units.get(code)
  const countyOfRegion = (code: string): string | undefined => {
    let r = regionOf(code)
    for (let i = 0; r && r.level !== 'county' && i < 3; i++) r = r.parentId ? regionOf(r.parentId) : undefined
    return r?.level === 'county' ? r.id : undefined
  }
  const seen = new Map<string, number>()
  const out: DesiredUser[] = []
  for (const { row, cells } of tables.人员 ?? []) {
    const before = org.problems.length
    const phone = cells.手机号
    const role = ROLES[cells.角色]
    const active = cells.在岗 === '' ? true : YES_NO[cells.在岗]
    if (!cells.姓名) add(row, '姓名', '必填')
    if (!phone) add(row, '手机号', '必填')
    else if (!MOBILE.test(phone)) add(row, '手机号', `手机号 ${phone} 无效：应为以1开头的11位数字`)
    else if (seen.has(phone)) add(row, '手机号', `手机号 ${phone} 重复（与第${seen.get(phone)}行）`)
    else seen.set(phone, row)
    if (!cells.角色) add(row, '角色', '必填')
    else if (!role) add(row, '角色', '角色应为 驻村干部、联络员、乡镇书记、县委组织部 或 管理员')
    if (active === undefined) add(row, '在岗', '应填 是 或 否')
    if (!role) continue
    for (const column of REF_COLUMNS) {
      const value = cells[column]
      const needed = ROLE_FIELDS[role].includes(column)
      if (needed && !value) add(row, column, `${SHEET_ROLE_NAMES[role]}须填${column}`)
      if (!needed && value) add(row, column, `${SHEET_ROLE_NAMES[role]}不填${column}`)
    }
    const refs = {
      villageId: checkRef(cells.驻村编码, (c) => regionOf(c)?.level === 'village', () => add(row, '驻村编码', `村编码 ${cells.驻村编码} 不存在`)),
      homeUnitId: checkRef(cells.派出单位编码, (c) => !!unitOf(c), () => add(row, '派出单位编码', `单位编码 ${cells.派出单位编码} 不存在`)),
      unitId: checkRef(cells.所在单位编码, (c) => !!unitOf(c), () => add(row, '所在单位编码', `单位编码 ${cells.所在单位编码} 不存在`)),
      townshipId: checkRef(cells.乡镇编码, (c) => regionOf(c)?.level === 'township', () => add(row, '乡镇编码', `乡镇编码 ${cells.乡镇编码} 不存在`)),
    }
    const derived =
      role === 'cadre' && refs.villageId ? countyOfRegion(refs.villageId)
      : role === 'liaison' && refs.unitId ? unitOf(refs.unitId)?.countyId
      : role === 'secretary' && refs.townshipId ? countyOfRegion(refs.townshipId)
      : undefined
    const county = cells.县编码
    if (role === 'county' && !county) add(row, '县编码', '县委组织部须填县编码')
    if (county && regionOf(county)?.level !== 'county') add(row, '县编码', `县编码 ${county} 不存在`)
    else if (county && derived && county !== derived) add(row, '县编码', `县编码 ${county} 与所在地区或单位的县（${derived}）不一致`)
    const existingUser = phone ? existing.usersByPhone.get(phone) : undefined
    if (existingUser?.id === callerId && (role !== 'admin' || active === false)) add(row, '角色', '不能停用或更改当前登录的管理员')
    if (org.problems.length > before) continue
    out.push({ row, phone, name: cells.姓名, role, active: active!, ...refs, countyId: county || derived || undefined })
  }
  return out
}

function checkRef(value: string, exists: (code: string) => boolean, report: () => void): string | undefined {
  if (!value) return undefined
  if (!exists(value)) report()
  return value
}
