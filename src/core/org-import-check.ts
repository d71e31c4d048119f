/**
 * Checking the organisation sheets against each other and against what is stored (SPEC §7.1):
 * every problem is collected, none stops the others. A reference may point at a row of the file
 * or at a stored record, so one sheet can be imported alone (a .csv) on top of what exists.
 */
import type { ExistingOrg, ImportProblem } from './org-import-types'
import { LEVELS, YES_NO, type SheetName, type SheetTables } from './org-import-sheets'
import type { Pairing, Region, RegionLevel, Unit } from './types'

export interface Checked {
  problems: ImportProblem[]
  regions: Map<string, Region>
  units: Map<string, Unit>
  /** villages whose pairings the file gives → their pairings */
  pairings: Map<string, Pairing[]>
}

const CODE_LENGTH: Record<RegionLevel, number> = { county: 6, township: 9, village: 12 }
const LEVEL_NAME: Record<RegionLevel, string> = { county: '县', township: '乡镇', village: '村' }
const PARENT_LEVEL: Record<RegionLevel, RegionLevel | null> = { county: null, township: 'county', village: 'township' }
export const UNIT_CODE = /^[A-Za-z0-9_-]{1,40}$/

export function problemSink(problems: ImportProblem[], sheet: SheetName) {
  return (row: number, column: string, message: string) => problems.push({ sheet, row, column, message })
}

/** 地区, 单位, 结对; users are checked afterwards against the result (org-import-users.ts). */
export function checkOrg(tables: SheetTables, existing: ExistingOrg): Checked {
  const out: Checked = { problems: [], regions: new Map(), units: new Map(), pairings: new Map() }
  const regionOf = (code: string) => out.regions.get(code) ?? existing.regions.get(code)
  checkRegions(tables, out, regionOf)
  checkUnits(tables, out, regionOf)
  checkPairings(tables, existing, out, regionOf)
  return out
}

function checkRegions(tables: SheetTables, out: Checked, regionOf: (c: string) => Region | undefined) {
  const add = problemSink(out.problems, '地区')
  const seen = new Map<string, number>()
  const rows = tables.地区 ?? []
  // first pass: collect, so that a parent may come later in the sheet
  for (const { row, cells } of rows) {
    const code = cells.编码
    const level = LEVELS[cells.层级]
    if (code && seen.has(code)) continue
    if (code) seen.set(code, row)
    if (code && level && cells.名称) out.regions.set(code, { id: code, name: cells.名称, level, parentId: cells.上级编码 || null })
  }
  for (const { row, cells } of rows) {
    const code = cells.编码
    const level = LEVELS[cells.层级]
    if (!code) add(row, '编码', '必填')
    else if (seen.get(code) !== row) add(row, '编码', `编码 ${code} 重复（与第${seen.get(code)}行）`)
    if (!cells.名称) add(row, '名称', '必填')
    if (!cells.层级) add(row, '层级', '必填')
    else if (!level) add(row, '层级', '层级应为 县、乡镇 或 村')
    if (!code || !level) continue
    if (!new RegExp(`^\\d{${CODE_LENGTH[level]}}$`).test(code)) add(row, '编码', `${LEVEL_NAME[level]}级编码应为${CODE_LENGTH[level]}位数字`)
    const parentLevel = PARENT_LEVEL[level]
    const parentCode = cells.上级编码
    if (!parentLevel) {
      if (parentCode) add(row, '上级编码', '县级地区不填上级编码')
      continue
    }
    if (!parentCode) {
      add(row, '上级编码', '必填')
      continue
    }
    const parent = regionOf(parentCode)
    if (!parent) add(row, '上级编码', `上级编码 ${parentCode} 不存在`)
    else if (parent.level !== parentLevel) add(row, '上级编码', `上级应为${LEVEL_NAME[parentLevel]}级地区`)
    else if (!code.startsWith(parentCode)) add(row, '编码', `编码应以上级编码 ${parentCode} 开头`)
  }
}

function checkUnits(tables: SheetTables, out: Checked, regionOf: (c: string) => Region | undefined) {
  const add = problemSink(out.problems, '单位')
  const seen = new Map<string, number>()
  for (const { row, cells } of tables.单位 ?? []) {
    const code = cells.编码
    if (!code) add(row, '编码', '必填')
    else if (!UNIT_CODE.test(code)) add(row, '编码', '单位编码只能含字母、数字、- 和 _，最多40位')
    else if (seen.has(code)) add(row, '编码', `编码 ${code} 重复（与第${seen.get(code)}行）`)
    else seen.set(code, row)
    if (!cells.名称) add(row, '名称', '必填')
    const county = cells.所属县编码
    if (!county) add(row, '所属县编码', '必填')
    else if (regionOf(county)?.level !== 'county') add(row, '所属县编码', `县编码 ${county} 不存在`)
    if (code && seen.get(code) === row && cells.名称 && county) out.units.set(code, { id: code, name: cells.名称, countyId: county })
  }
}

function checkPairings(tables: SheetTables, existing: ExistingOrg, out: Checked, regionOf: (c: string) => Region | undefined) {
  const add = problemSink(out.problems, '结对')
  const seen = new Map<string, number>()
  const leads = new Map<string, number[]>()
  const firstRow = new Map<string, number>()
  for (const { row, cells } of tables.结对 ?? []) {
    const village = cells.村编码
    const unit = cells.单位编码
    const lead = YES_NO[cells.牵头]
    if (!village) add(row, '村编码', '必填')
    else if (regionOf(village)?.level !== 'village') add(row, '村编码', `村编码 ${village} 不存在`)
    if (!unit) add(row, '单位编码', '必填')
    else if (!out.units.has(unit) && !existing.units.has(unit)) add(row, '单位编码', `单位编码 ${unit} 不存在`)
    if (!cells.牵头) add(row, '牵头', '必填')
    else if (lead === undefined) add(row, '牵头', '应填 是 或 否')
    if (!village || !unit) continue
    const key = `${village}|${unit}`
    if (seen.has(key)) {
      add(row, '单位编码', `该村与该单位的结对重复（与第${seen.get(key)}行）`)
      continue
    }
    seen.set(key, row)
    if (!firstRow.has(village)) firstRow.set(village, row)
    if (lead) leads.set(village, [...(leads.get(village) ?? []), row])
    out.pairings.set(village, [...(out.pairings.get(village) ?? []), { villageId: village, unitId: unit, lead: !!lead }])
  }
  for (const [village, row] of firstRow) {
    const rows = leads.get(village) ?? []
    if (rows.length === 0) add(row, '牵头', `村 ${village} 没有牵头单位`)
    for (const extra of rows.slice(1)) add(extra, '牵头', `村 ${village} 已有牵头单位（第${rows[0]}行），只能有一个`)
  }
  // With the pairings in the file, every village of the file must end up with its one lead unit.
  if (!tables.结对) return
  const regionAdd = problemSink(out.problems, '地区')
  for (const { row, cells } of tables.地区 ?? []) {
    const region = out.regions.get(cells.编码)
    if (region?.level !== 'village' || out.pairings.has(region.id)) continue
    const stored = existing.pairings.filter((p) => p.villageId === region.id && p.lead)
    if (stored.length !== 1) regionAdd(row, '编码', `村 ${region.id} 没有牵头的结对单位`)
  }
}
