// The import template (SPEC §7.1): the four sheets with their Chinese headers, one example row
// each, and the enumerations as drop-down lists so a typo cannot get in.
import ExcelJS from 'exceljs'
import { EXAMPLES, HEADERS, LEVELS, ROLES, SHEETS, YES_NO, type SheetName } from '../../../src/core/org-import-sheets'

/** Columns with a fixed list of values, per sheet. */
const LISTS: Partial<Record<SheetName, Record<string, string[]>>> = {
  地区: { 层级: Object.keys(LEVELS) },
  结对: { 牵头: Object.keys(YES_NO) },
  人员: { 角色: Object.keys(ROLES), 在岗: Object.keys(YES_NO) },
}
/** Code columns are text, so that Excel keeps 12-digit codes and mobiles exactly. */
const TEXT_COLUMN = /编码|手机号/
const LIST_ROWS = 5000

export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet)
    const headers: readonly string[] = HEADERS[sheet]
    ws.columns = headers.map((h) => ({ header: h, key: h, width: Math.max(12, h.length * 3 + 4), style: TEXT_COLUMN.test(h) ? { numFmt: '@' } : {} }))
    ws.getRow(1).font = { bold: true }
    ws.addRow(EXAMPLES[sheet])
    for (const [column, values] of Object.entries(LISTS[sheet] ?? {})) {
      const letter = ws.getColumn(headers.indexOf(column) + 1).letter
      // one range, not a validation per cell: the file stays small and opens fast
      const dv = ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      dv.dataValidations.add(`${letter}2:${letter}${LIST_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '取值不在列表中',
        error: `请选择：${values.join('、')}`,
      })
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
