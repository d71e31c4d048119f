// The organisation gate (SPEC §7.1 "nothing half-imported"). An apply stages all its writes first,
// then closes the gate with ONE document write (`orgImports/active`): that write is the commit
// point. While the gate is closed every call that reads the organisation (all of them go through
// `currentUser`) answers ORG.UPDATING instead of reading a mix of old and new; the staged writes
// are promoted (idempotent, resumable), then the gate opens. If the apply dies, the gate stays
// closed until the next `importApply` or the scheduler promotes the rest.
import { AppError } from '../../../src/core/errors'
import type { Database } from '../cloud'

export const ORG_IMPORTS = 'orgImports'
export const GATE_ID = 'active'

export interface Gate {
  batchId: string
  fileID: string
  actorId: string
  at: string
  /** staged chunks `<batchId>-<n>`, promoted in order */
  chunks: number
  /** what the apply reports when done (the check's counts) */
  summary: Record<string, unknown>
}

export async function readGate(db: Database): Promise<Gate | null> {
  const res = await db.collection(ORG_IMPORTS).where({ _id: GATE_ID }).limit(1).get()
  return (res.data[0] as Gate | undefined) ?? null
}

/** Refuses to serve while an import is being promoted: a reader sees the old or the new, never a mix. */
export async function assertOrgSettled(db: Database): Promise<void> {
  if (await readGate(db)) throw new AppError('ORG.UPDATING', 'the organisation is being updated by an import')
}
