// Generates an organisation workbook (SPEC §7.1) for a county of a given size, as the admin would
// fill the template: used by the import tests and by `npm run bench:import`.
import ExcelJS from 'exceljs'
import { HEADERS, SHEETS, type SheetName } from '../src/core/org-import-sheets'

export interface CountySize {
  /** 6-digit statistical code */
  county?: string
  townships: number
  villages: number
  units: number
  users: number
}

/** A real county: 300 villages, 100 units, 3,000 users. */
export const REAL_COUNTY: CountySize = { townships: 15, villages: 300, units: 100, users: 3000 }

export type OrgTables = Record<SheetName, string[][]>

const pad = (n: number, width: number) => String(n).padStart(width, '0')
export const mobileOf = (i: number) => `139${pad(i, 8)}`

/**
 * Rows without headers. Village v is paired with unit v mod units (lead) and a second one;
 * 15 secretaries and 5 county staff, liaisons spread over the units (10 per unit at full size),
 * and cadres for the rest, spread over the villages.
 */
export function countyTables(size: CountySize): OrgTables {
  const county = size.county ?? '430121'
  const townshipCode = (t: number) => `${county}${pad(t + 1, 3)}`
  const villageCode = (v: number) => `${townshipCode(v % size.townships)}${pad(Math.floor(v / size.townships) + 1, 3)}`
  const unitCode = (u: number) => `DW${pad(u + 1, 3)}`
  const regions = [[county, '示例县', '县', '']]
  for (let t = 0; t < size.townships; t++) regions.push([townshipCode(t), `第${t + 1}镇`, '乡镇', county])
  for (let v = 0; v < size.villages; v++) regions.push([villageCode(v), `第${v + 1}村`, '村', townshipCode(v % size.townships)])
  const units = Array.from({ length: size.units }, (_, u) => [unitCode(u), `第${u + 1}局`, county])
  const pairings: string[][] = []
  for (let v = 0; v < size.villages; v++) {
    pairings.push([villageCode(v), unitCode(v % size.units), '是'])
    if (size.units > 1) pairings.push([villageCode(v), unitCode((v + 1) % size.units), '否'])
  }
  const users: string[][] = []
  let i = 0
  const person = (role: string, refs: string[]) => users.push([`人员${i + 1}`, mobileOf(i++), role, ...refs, '是'])
  for (let t = 0; t < size.townships; t++) person('乡镇书记', ['', '', '', townshipCode(t), '', ])
  for (let c = 0; c < Math.min(5, Math.max(1, size.users / 600)); c++) person('县委组织部', ['', '', '', '', county])
  const liaisons = Math.max(size.units, Math.round(size.users / 3))
  for (let l = 0; l < liaisons; l++) person('联络员', ['', '', unitCode(l % size.units), '', ''])
  for (let c = 0; users.length < size.users; c++) person('驻村干部', [villageCode(c % size.villages), unitCode((c * 7) % size.units), '', '', ''])
  return { 地区: regions, 单位: units, 结对: pairings, 人员: users }
}

/** The tables as an .xlsx with the template's sheets and headers (codes written as text). */
export async function workbookOf(tables: OrgTables): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet)
    ws.addRow([...HEADERS[sheet]])
    for (const row of tables[sheet]) ws.addRow(row)
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
