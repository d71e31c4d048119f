import { rates } from '../../../src/core/figures'
import { DIMENSIONS, type Scope } from '../../../src/core/rollups'
import { parseInput } from '../../../src/core/schemas'
import { exportSchema } from '../../../src/core/stats-schemas'
import type { BreakdownBy, StatsExport } from '../../../src/core/stats-types'
import { getCloud } from '../../_shared/cloud'
import { callContext } from '../../_shared/context'
import { loadPeriod, totals } from '../read-figures'
import { CATEGORY_NAMES } from '../labels'
import { resolveScope } from '../scope'
import { buildWorkbook } from '../workbook'
import { careFigures } from './care'
import { computeBreakdown } from './figures'

interface Storage {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(o: { fileList: string[] }): Promise<{ fileList: Array<{ tempFileURL?: string; status?: number }> }>
}

/**
 * `export {scope?, from, to}`: the overview, every breakdown the scope has, and (township or county)
 * the care figures as an .xlsx in cloud storage; answers its fileID and a temporary URL.
 */
export async function exportWorkbook(payload: Record<string, unknown>): Promise<StatsExport> {
  const { scope: asked, from, to } = parseInput(exportSchema, payload)
  const ctx = await callContext()
  const scope = await resolveScope(ctx, asked as Scope | undefined)
  const period = { from, to }
  const bys: BreakdownBy[] = [...(DIMENSIONS[scope.type] as BreakdownBy[]), 'month']
  const [loaded, breakdowns, care] = await Promise.all([
    loadPeriod(ctx.db, scope, period),
    Promise.all(bys.map((by) => computeBreakdown(ctx, scope, period, by))),
    scope.type === 'township' || scope.type === 'county' ? careFigures(ctx, scope, period) : null,
  ])
  const overview = { scope, ...period, figures: rates(totals(loaded), ctx.settings.weights) }
  const content = await buildWorkbook({ overview, breakdowns, care, categoryNames: CATEGORY_NAMES })
  const filename = `统计-${scope.name}-${from}-${to}.xlsx`
  const cloud = getCloud() as unknown as Storage
  const cloudPath = `exports/${ctx.actor.id}/${scope.type}-${scope.id}-${from}-${to}-${Date.parse(ctx.now)}.xlsx`
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content })
  const temp = await cloud.getTempFileURL({ fileList: [fileID] })
  return { filename, bytes: content.length, fileID, url: temp.fileList[0]?.tempFileURL || null }
}
