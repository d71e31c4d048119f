import { randomBytes } from 'node:crypto'
import type { AuditEntry } from '../../src/core/admin-types'
import type { Database } from './cloud'
import { nowMs } from './clock'

export const AUDIT = 'audit'

/**
 * Appends one entry to the admin audit log (SPEC §7): who changed what, with the before and after
 * where there is one. Entries are only ever added; nothing updates or removes them. The id sorts
 * by time so that the log pages newest first on `_id` alone. Work that may be resumed passes its
 * own `id` (same shape) so that a resumed run does not record it twice.
 */
export async function recordAudit(db: Database, entry: Omit<AuditEntry, 'id'>, id?: string): Promise<void> {
  const data = auditDoc(entry, id)
  try {
    await db.collection(AUDIT).add({ data })
  } catch (err) {
    // a given id makes the entry idempotent: a resumed call finds it written already
    if (!id || !(await db.collection(AUDIT).where({ _id: id }).limit(1).get()).data.length) throw err
  }
}

/** The stored document of an entry (for a transaction that adds it beside the change it records). */
export function auditDoc(entry: Omit<AuditEntry, 'id'>, id = auditId()): Record<string, unknown> {
  const data: Record<string, unknown> = { _id: id, ...entry }
  for (const key of ['before', 'after'] as const) if (data[key] === undefined) delete data[key]
  return data
}

/** A fresh entry id, for work that stores it first so that a retry records under the same id. */
export function auditId(): string {
  return 'a' + nowMs().toString(36).padStart(10, '0') + randomBytes(5).toString('hex')
}
