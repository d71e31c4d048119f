import { settingsSetSchema } from '../../../src/core/admin-schemas'
import { emptySchema, parseInput } from '../../../src/core/schemas'
import type { Settings } from '../../../src/core/settings'
import { currentUser, requireRole } from '../../_shared/auth'
import { recordAudit } from '../../_shared/audit'
import { getDb } from '../../_shared/cloud'
import { now } from '../../_shared/clock'
import type { ActionHandlers } from '../../_shared/envelope'
import { noteThresholdLowered, readSettings, SETTINGS, SETTINGS_ID } from '../../_shared/settings'

/** `settings`: the score weights, reminder threshold and auto-close days in force (admin only). */
async function settings(payload: Record<string, unknown>): Promise<Settings> {
  parseInput(emptySchema, payload)
  const db = getDb()
  requireRole(await currentUser(db), 'admin')
  return readSettings(db)
}

/**
 * `settingsSet {weights?, remindAtShare?, autoCloseDays?}`: validated before anything is written,
 * stored whole, audited with before and after. Functions pick it up within a minute (their cache);
 * a lower reminder threshold also has the scheduler reschedule the open requests.
 */
async function settingsSet(payload: Record<string, unknown>): Promise<Settings> {
  const change = parseInput(settingsSetSchema, payload)
  const db = getDb()
  const actor = await currentUser(db)
  requireRole(actor, 'admin')
  const before = await readSettings(db)
  const after: Settings = { ...before, ...change, weights: change.weights ?? before.weights }
  if (after.remindAtShare < before.remindAtShare) await noteThresholdLowered(db, now())
  await db.collection(SETTINGS).doc(SETTINGS_ID).set({ data: { ...after, updatedAt: now(), updatedBy: actor.id } })
  await recordAudit(db, { actorId: actor.id, at: now(), action: 'settingsSet', target: 'settings', before, after })
  return after
}

export const settingsActions = { settings, settingsSet } satisfies Partial<ActionHandlers<'admin'>>
