// The monthly report as an .xlsx (exceljs): the same tables the dashboard shows, one sheet each.
import ExcelJS from 'exceljs'
import type { CareReason } from '../../src/core/care-types'
import type { Figures } from '../../src/core/figures'
import { CARE_REASON_LABELS, CATEGORY_LABELS } from '../../src/core/labels'
import type { Breakdown, CareFigures, Overview } from '../../src/core/stats-types'
import type { Category } from '../../src/core/types'

const BY_TITLE: Record<string, string> = { unit: '按单位', township: '按乡镇', village: '按村', category: '按类别', month: '按月' }
const pct = (r: number | null) => (r === null ? '—' : Math.round(r * 1000) / 10)
const num = (n: number | null, digits = 1) => (n === null ? '—' : Math.round(n * 10 ** digits) / 10 ** digits)

const FIGURE_COLUMNS: Array<[string, (f: Figures) => string | number]> = [
  ['派发数', (f) => f.counts.dispatched],
  ['响应率%', (f) => pct(f.responseRate)],
  ['按时签收', (f) => f.counts.signedOnTime],
  ['签收+超时未签', (f) => f.counts.signed + f.counts.unsignedPastDue],
  ['解决率%', (f) => pct(f.resolutionRate)],
  ['满意率%', (f) => pct(f.satisfactionRate)],
  ['已评价', (f) => f.counts.rated],
  ['按期办结率%', (f) => pct(f.onTimeRate)],
  ['已办结', (f) => f.counts.resolved],
  ['平均签收(小时)', (f) => num(f.avgSignForHours)],
  ['平均办结(天)', (f) => num(f.avgResolveDays)],
  ['综合得分', (f) => (f.score === null ? '—' : num(f.score * 100))],
  ['当前超期', (f) => f.overdueOpen],
]

export interface WorkbookInput {
  overview: Overview
  breakdowns: Breakdown[]
  care: CareFigures | null
}

export async function buildWorkbook({ overview, breakdowns, care }: WorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '前帮后援'
  const title = `${overview.scope.name} ${overview.from} 至 ${overview.to}（不含）`
  const first = wb.addWorksheet('总览')
  first.addRow([title]).font = { bold: true }
  first.addRow(['范围', ...FIGURE_COLUMNS.map(([h]) => h)]).font = { bold: true }
  first.addRow([overview.scope.name, ...FIGURE_COLUMNS.map(([, f]) => f(overview.figures))])
  for (const b of breakdowns) {
    const sheet = wb.addWorksheet(BY_TITLE[b.by] ?? b.by)
    sheet.addRow([title]).font = { bold: true }
    sheet.addRow([BY_TITLE[b.by]?.slice(1) ?? b.by, ...FIGURE_COLUMNS.map(([h]) => h)]).font = { bold: true }
    for (const r of b.rows) sheet.addRow([b.by === 'category' ? (CATEGORY_LABELS[r.key as Category] ?? r.key) : r.name, ...FIGURE_COLUMNS.map(([, f]) => f(r.figures))])
  }
  if (care) {
    const sheet = wb.addWorksheet('关怀')
    sheet.addRow([title]).font = { bold: true }
    sheet.addRow(['干部数', '工作日', '报到次数', '报到率%', '未结关怀任务']).font = { bold: true }
    sheet.addRow([care.cadres, care.workdays, care.checkins, pct(care.checkinRate), care.openTasks])
    sheet.addRow([])
    sheet.addRow(['原因', '未结任务']).font = { bold: true }
    for (const [reason, n] of Object.entries(care.openByReason)) sheet.addRow([CARE_REASON_LABELS[reason as CareReason] ?? reason, n])
  }
  for (const sheet of wb.worksheets) sheet.columns.forEach((c) => (c.width = 14))
  return Buffer.from(await wb.xlsx.writeBuffer())
}
