import type { ImportTemplate } from '../../../src/core/admin-types'
import { importApplySchema, importCheckSchema, importTemplateSchema } from '../../../src/core/admin-schemas'
import { AppError } from '../../../src/core/errors'
import { emptyCounts, planImport, type ImportPlan } from '../../../src/core/org-import-plan'
import type { ImportApplyResult, ImportReport, WorkToHandOver } from '../../../src/core/org-import-types'
import { parseInput } from '../../../src/core/schemas'
import { currentUser, requireRole } from '../../_shared/auth'
import { getDb, type Database } from '../../_shared/cloud'
import type { ActionHandlers } from '../../_shared/envelope'
import { assertOwnUploads, exportPathOf, storeFile, tempUrls } from '../../_shared/files'
import { openWorkOf } from '../../_shared/handover'
import { resumeImport } from '../../_shared/org-import/promote'
import { stageAndPromote } from '../import/apply'
import { loadExisting } from '../import/existing'
import { readOrgFile } from '../import/read-file'
import { buildTemplate } from '../import/template'

/** An apply stops promoting after this and answers `done: false`; the platform's limit is 60 s. */
const BUDGET_MS = 40_000
const EMPTY_REPORT = { sheets: [], problems: [], missing: [], handovers: [], counts: emptyCounts() }

/** `importTemplate`: the workbook to fill in, stored and handed out as a short-lived URL. */
async function importTemplate(payload: Record<string, unknown>): Promise<ImportTemplate> {
  parseInput(importTemplateSchema, payload)
  const actor = await currentUser(getDb())
  requireRole(actor, 'admin')
  const fileID = await storeFile(exportPathOf(actor.id), await buildTemplate())
  return { filename: '组织导入模板.xlsx', fileID, url: (await tempUrls([fileID]))[fileID] ?? null }
}

/** `importCheck {fileID}`: every problem and what an apply would do; writes nothing. */
async function importCheck(payload: Record<string, unknown>): Promise<ImportReport> {
  const { fileID } = parseInput(importCheckSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireRole(actor, 'admin')
  const { report } = await plan(db, fileID, actor.id, false)
  return { ...report, handovers: await withOpenWork(db, report.handovers) }
}

/** The handovers with the open work each would move; those with none left out. */
async function withOpenWork(db: Database, handovers: WorkToHandOver[]): Promise<WorkToHandOver[]> {
  const open = await openWorkOf(db, handovers.map((h) => h.id))
  return handovers.map((h) => ({ ...h, ...open.get(h.id) })).filter((h) => h.requests + h.careTasks > 0)
}

/** `importApply {fileID, deactivateMissing?}`: only a file without problems; finishes a cut-off apply first. */
async function importApply(payload: Record<string, unknown>): Promise<ImportApplyResult> {
  const { fileID, deactivateMissing = false } = parseInput(importApplySchema, payload)
  const db = getDb()
  const actor = await currentUser(db, { duringImport: true })
  requireRole(actor, 'admin')
  // wall time, not the (settable) business clock: this is about the platform's timeout
  const untilMs = Date.now() + BUDGET_MS
  const left = await resumeImport(db, untilMs)
  if (left && !left.done) return { ...EMPTY_REPORT, written: 0, resumed: true, done: false }
  const resumed = !!left
  const planned = await plan(db, fileID, actor.id, deactivateMissing)
  if (planned.report.problems.length) {
    throw new AppError('IMPORT.HAS_PROBLEMS', `the file has ${planned.report.problems.length} problems; run importCheck`)
  }
  const done = planned.ops.length ? await stageAndPromote(db, planned, { fileID, actorId: actor.id, untilMs }) : true
  // the handovers were counted by the check; the apply moves them (each with its event and notice)
  return { ...planned.report, handovers: [], written: planned.ops.length, resumed, done }
}

async function plan(db: Database, fileID: string, callerId: string, deactivateMissing: boolean): Promise<ImportPlan> {
  // only a file the admin uploaded into their own folder (SPEC §8 Files)
  await assertOwnUploads([fileID], 'fileID', callerId)
  const { tables, problems } = await readOrgFile(fileID)
  const planned = planImport(tables, await loadExisting(db, tables), { callerId, deactivateMissing })
  if (!problems.length) return planned
  return { ops: [], report: { ...planned.report, problems: [...problems, ...planned.report.problems] } }
}

export const importActions = { importTemplate, importCheck, importApply } satisfies Partial<ActionHandlers<'admin'>>
