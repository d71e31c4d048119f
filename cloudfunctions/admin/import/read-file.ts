// Reading an uploaded organisation file: an .xlsx workbook (all four sheets) or one .csv (one
// sheet, told by the file name or else by its header row; a partial import of that sheet).
import ExcelJS from 'exceljs'
import { parseCsv } from '../../../src/core/csv'
import { AppError } from '../../../src/core/errors'
import { identifySheet, readTable, type RawTable, type SheetTables } from '../../../src/core/org-import-sheets'
import type { ImportProblem } from '../../../src/core/org-import-types'
import { getCloud } from '../../_shared/cloud'

interface Storage {
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer }>
}

/** A file over this is not an organisation of one county (3,000 users is ~200 KB of xlsx). */
const MAX_BYTES = 10 * 1024 * 1024

export async function readOrgFile(fileID: string): Promise<{ tables: SheetTables; problems: ImportProblem[] }> {
  let content: Buffer
  try {
    content = (await (getCloud() as unknown as Storage).downloadFile({ fileID })).fileContent
  } catch {
    throw new AppError('INPUT.INVALID', 'file not found', { fileID: '文件不存在或已过期，请重新上传' })
  }
  if (content.length > MAX_BYTES) throw new AppError('INPUT.INVALID', 'file too large', { fileID: '文件超过 10 MB' })
  const raw = isZip(content) ? await xlsxTables(content) : [{ name: fileID, rows: parseCsv(decodeText(content)) }]
  const tables: SheetTables = {}
  const problems: ImportProblem[] = []
  for (const table of raw) {
    const sheet = identifySheet(table)
    if (!sheet || tables[sheet]) continue
    const { rows, missingHeaders } = readTable(sheet, table)
    tables[sheet] = rows
    for (const h of missingHeaders) problems.push({ sheet, row: 1, column: h, message: `缺少列 ${h}` })
  }
  if (!Object.keys(tables).length) {
    throw new AppError('INPUT.INVALID', 'no organisation sheet', { fileID: '文件中没有 地区、单位、结对 或 人员 表，请使用导入模板' })
  }
  return { tables, problems }
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b

async function xlsxTables(content: Buffer): Promise<RawTable[]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer)
  } catch {
    throw new AppError('INPUT.INVALID', 'unreadable workbook', { fileID: '无法读取该 Excel 文件，请另存为 .xlsx 后重试' })
  }
  return wb.worksheets.map((ws) => {
    const rows: string[][] = []
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cell.text ?? ''))
      rows[n - 1] = Array.from(cells, (c) => c ?? '')
    })
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) }
  })
}

/** UTF-8 (with or without BOM); Excel on a Chinese Windows saves CSV as GBK, so that is the fallback. */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    return new TextDecoder('gbk').decode(content)
  }
}
