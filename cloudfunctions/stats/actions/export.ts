import { rates } from '../../../src/core/figures'
import { DIMENSIONS, type Scope } from '../../../src/core/rollups'
import { parseInput } from '../../../src/core/schemas'
import { exportSchema } from '../../../src/core/stats-schemas'
import type { BreakdownBy, StatsExport } from '../../../src/core/stats-types'
import { exportPathOf, storeFile, tempUrls } from '../../_shared/files'
import { callContext } from '../../_shared/context'
import { loadPeriod, totals } from '../read-figures'
import { resolveScope } from '../scope'
import { buildWorkbook } from '../workbook'
import { careFigures } from './care'
import { computeBreakdown } from './figures'

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
  const content = await buildWorkbook({ overview, breakdowns, care })
  const filename = `统计-${scope.name}-${from}-${to}.xlsx`
  // the maker's own folder under a name nobody can guess; only the maker ever gets a URL of it
  const fileID = await storeFile(exportPathOf(ctx.actor.id), content)
  const urls = await tempUrls([fileID])
  return { filename, bytes: content.length, fileID, url: urls[fileID] ?? null }
}
