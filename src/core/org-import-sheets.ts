/**
 * The four sheets of the organisation workbook (SPEC §7.1): their Chinese headers, the allowed
 * values of their enumerations, and the reading of a table of strings into typed rows that keep
 * their row number (the number a spreadsheet shows, header = 1), so every problem can point at it.
 */
import type { RegionLevel, Role } from './types'

export const SHEETS = ['地区', '单位', '结对', '人员'] as const
export type SheetName = (typeof SHEETS)[number]

export const HEADERS = {
  地区: ['编码', '名称', '层级', '上级编码'],
  单位: ['编码', '名称', '所属县编码'],
  结对: ['村编码', '单位编码', '牵头'],
  人员: ['姓名', '手机号', '角色', '驻村编码', '派出单位编码', '所在单位编码', '乡镇编码', '县编码', '在岗'],
} as const satisfies Record<SheetName, readonly string[]>

export const LEVELS: Record<string, RegionLevel> = { 县: 'county', 乡镇: 'township', 村: 'village' }
/** Each role's word in the 人员 sheet: the file's own vocabulary (SPEC §7.1), shorter than ROLE_LABELS. */
export const SHEET_ROLE_NAMES: Record<Role, string> = { cadre: '驻村干部', liaison: '联络员', secretary: '乡镇书记', county: '县委组织部', admin: '管理员' }
/** The role of each word of the 人员 sheet's 角色 column. */
export const ROLES: Record<string, Role> = Object.fromEntries(Object.entries(SHEET_ROLE_NAMES).map(([role, name]) => [name, role as Role]))
export const YES_NO: Record<string, boolean> = { 是: true, 否: false }

/** One example row per sheet, for the template. */
export const EXAMPLES: Record<SheetName, string[]> = {
  地区: ['430121102001', '示例村', '村', '430121102'],
  单位: ['DW001', '县农业农村局', '430121'],
  结对: ['430121102001', 'DW001', '是'],
  人员: ['张三', '13800000000', '驻村干部', '430121102001', 'DW001', '', '', '', '是'],
}

/** A row as read: each header's trimmed text ('' when empty) and the row number in the sheet. */
export interface SheetRow {
  row: number
  cells: Record<string, string>
}

export type SheetTables = Partial<Record<SheetName, SheetRow[]>>

/** A sheet given as a header row and data rows of strings (from .xlsx or .csv). */
export interface RawTable {
  name: string
  rows: string[][]
}

/** Which sheet a table is: by its name, or else by its header row. */
export function identifySheet(table: RawTable): SheetName | null {
  const byName = SHEETS.find((s) => table.name.includes(s))
  if (byName) return byName
  const header = (table.rows[0] ?? []).map((c) => c.trim())
  return SHEETS.find((s) => HEADERS[s].every((h) => header.includes(h))) ?? null
}

/** Rows keyed by header; blank rows are skipped; missing header columns come back as problems. */
export function readTable(sheet: SheetName, table: RawTable): { rows: SheetRow[]; missingHeaders: string[] } {
  const header = (table.rows[0] ?? []).map((c) => c.trim())
  const missingHeaders = HEADERS[sheet].filter((h) => !header.includes(h))
  const rows: SheetRow[] = []
  table.rows.slice(1).forEach((raw, i) => {
    if (raw.every((c) => c.trim() === '')) return
    const cells: Record<string, string> = {}
    for (const h of HEADERS[sheet]) {
      const at = header.indexOf(h)
      cells[h] = at >= 0 ? (raw[at] ?? '').trim() : ''
    }
    rows.push({ row: i + 2, cells })
  })
  return { rows, missingHeaders }
}
