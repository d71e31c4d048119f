import { CONSENT_VERSION, type Consent } from '../../../src/core/care-types'
import { consentSchema } from '../../../src/core/care-schemas'
import { AppError } from '../../../src/core/errors'
import { emptySchema, parseInput } from '../../../src/core/schemas'
import { requireRole } from '../../_shared/auth'
import { callContext } from '../../_shared/context'
import { createCheckinRepo } from '../../_shared/repos/checkins'

/** Records that the cadre agreed to the consent text of this version, and when. */
export async function consent(payload: Record<string, unknown>): Promise<Consent> {
  const { version } = parseInput(consentSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  if (version !== CONSENT_VERSION) throw new AppError('INPUT.INVALID', 'not the current consent text', { version: 'outdated' })
  await createCheckinRepo(ctx.db).putConsent(ctx.actor.id, version, ctx.now)
  return { consented: true, version, at: ctx.now, current: CONSENT_VERSION }
}

export async function consentStatus(payload: Record<string, unknown>): Promise<Consent> {
  parseInput(emptySchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const c = await createCheckinRepo(ctx.db).consentOf(ctx.actor.id)
  return { consented: c?.version === CONSENT_VERSION, version: c?.version ?? null, at: c?.at ?? null, current: CONSENT_VERSION }
}
