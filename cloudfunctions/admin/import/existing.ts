// What is stored of the organisation the file touches, read by key in pages of 100 (`_id in`,
// `villageId in`, `phone in`) plus the active users of the file's counties, so a check reads the
// county it imports and never the whole deployment.
import { LEVELS, type SheetTables } from '../../../src/core/org-import-sheets'
import type { ExistingOrg } from '../../../src/core/org-import-types'
import type { Pairing, Region, Unit } from '../../../src/core/types'
import type { Database } from '../../_shared/cloud'
import { byKeys } from '../../_shared/repos/docs'
import { createUserRepo } from '../../_shared/repos/users'

export async function loadExisting(db: Database, tables: SheetTables): Promise<ExistingOrg> {
  const col = (sheet: keyof SheetTables, column: string) => (tables[sheet] ?? []).map((r) => r.cells[column]).filter(Boolean)
  const regionCodes = [
    ...col('地区', '编码'), ...col('地区', '上级编码'), ...col('单位', '所属县编码'), ...col('结对', '村编码'),
    ...col('人员', '驻村编码'), ...col('人员', '乡镇编码'), ...col('人员', '县编码'),
  ]
  const regions = new Map<string, Region>()
  // the codes, then their parents and grandparents: enough to find every county
  for (let round = 0, want = unique(regionCodes); round < 3 && want.length; round++) {
    for (const r of await byKeys<Region>(db, 'regions', '_id', want)) regions.set(r.id, r)
    want = unique([...regions.values()].map((r) => r.parentId ?? '').filter((p) => p && !regions.has(p)))
  }
  const unitCodes = [...col('单位', '编码'), ...col('结对', '单位编码'), ...col('人员', '派出单位编码'), ...col('人员', '所在单位编码')]
  const units = new Map((await byKeys<Unit>(db, 'units', '_id', unique(unitCodes))).map((u) => [u.id, u]))
  const villages = [...col('结对', '村编码'), ...(tables.地区 ?? []).filter((r) => LEVELS[r.cells.层级] === 'village').map((r) => r.cells.编码)]
  const pairings = await byKeys<Pairing & { id: string }>(db, 'pairings', 'villageId', unique(villages))
  const users = createUserRepo(db)
  const usersByPhone = new Map((await users.byPhones(unique(col('人员', '手机号')))).map((u) => [u.phone!, u]))
  const counties = unique([
    ...[...regions.values()].filter((r) => r.level === 'county').map((r) => r.id),
    ...(tables.地区 ?? []).filter((r) => LEVELS[r.cells.层级] === 'county').map((r) => r.cells.编码),
    ...[...units.values()].map((u) => u.countyId),
    ...col('单位', '所属县编码'),
  ])
  const countyUsers = tables.人员 && counties.length ? await users.activeOfCounties(counties) : []
  return { regions, units, pairings, usersByPhone, countyUsers }
}

const unique = (xs: string[]) => [...new Set(xs)]
