// importApply (SPEC §7.1): stage every write of the plan, close the gate with one document write
// (the commit point), promote, open the gate. See gate.ts for what readers see meanwhile.
import { randomBytes } from 'node:crypto'
import { AppError } from '../../../src/core/errors'
import type { ImportPlan } from '../../../src/core/org-import-plan'
import type { ImportOp } from '../../../src/core/org-import-types'
import type { Database } from '../../_shared/cloud'
import { now, nowMs } from '../../_shared/clock'
import { GATE_ID, ORG_IMPORTS, type Gate } from '../../_shared/org-import/gate'
import { resumeImport } from '../../_shared/org-import/promote'

/** Ops per staged document: ~300 bytes each keeps a chunk far below the 1 MB a read may return. */
const CHUNK = 200

export async function stageAndPromote(db: Database, plan: ImportPlan, meta: { fileID: string; actorId: string; untilMs: number }): Promise<boolean> {
  const batchId = 'b' + nowMs().toString(36) + randomBytes(4).toString('hex')
  const chunks = chunked(plan.ops)
  // staged documents nobody reads until the gate names their batch: a call that dies here leaves
  // only unreferenced leftovers, and the organisation as it was
  await Promise.all(chunks.map((ops, n) => db.collection(ORG_IMPORTS).add({ data: { _id: `${batchId}-${n}`, batchId, ops, done: false } })))
  const { counts, missing } = plan.report
  const gate: Gate = { batchId, fileID: meta.fileID, actorId: meta.actorId, at: now(), chunks: chunks.length, summary: { counts, missing: missing.length } }
  try {
    await db.collection(ORG_IMPORTS).add({ data: { _id: GATE_ID, ...gate } })
  } catch {
    throw new AppError('ORG.UPDATING', 'another import is being applied')
  }
  return (await resumeImport(db, meta.untilMs))?.done ?? true
}

/** Handovers and deactivations (which hand work to the users written before them) get chunks of their own. */
function chunked(ops: ImportOp[]): ImportOp[][] {
  const handsOver = (op: ImportOp) => op.kind === 'handover' || op.kind === 'deactivate'
  const out: ImportOp[][] = []
  for (const op of ops) {
    const last = out[out.length - 1]
    if (!last || last.length >= CHUNK || handsOver(op) !== handsOver(last[0])) out.push([op])
    else last.push(op)
  }
  return out
}
