import type { AuditEntry } from '../../../src/core/admin-types'
import type { Page } from '../../../src/core/contract'
import { auditListSchema } from '../../../src/core/admin-schemas'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { currentUser, requireRole } from '../../_shared/auth'
import { AUDIT } from '../../_shared/audit'
import { getDb } from '../../_shared/cloud'
import type { ActionHandlers } from '../../_shared/envelope'
import { fromDoc } from '../../_shared/repos/docs'

const PAGE = 50

/** The audit log, newest first, a page at a time (admin only). */
async function audit(payload: Record<string, unknown>): Promise<Page<AuditEntry>> {
  const { cursor } = parseInput(auditListSchema, payload)
  const db = getDb()
  requireRole(await currentUser(db), 'admin')
  if (cursor !== undefined && !/^a[0-9a-z]{20}$/.test(cursor)) throw new AppError('INPUT.INVALID', 'bad cursor', { cursor: 'invalid' })
  const where = cursor ? { _id: db.command.lt(cursor) } : {}
  const res = await db.collection(AUDIT).where(where).orderBy('_id', 'desc').limit(PAGE + 1).get()
  const items = (res.data as Record<string, unknown>[]).slice(0, PAGE).map((d) => fromDoc<AuditEntry>(d))
  return { items, cursor: res.data.length > PAGE ? items[items.length - 1].id : null }
}

export const auditActions = { audit } satisfies Partial<ActionHandlers<'admin'>>
