import { checkinSignals } from '../../../src/core/care'
import type { Checkin } from '../../../src/core/care-types'
import { CONSENT_VERSION } from '../../../src/core/care-types'
import { checkinSchema } from '../../../src/core/care-schemas'
import { AppError } from '../../../src/core/errors'
import { parseInput } from '../../../src/core/schemas'
import { addDays, localDate } from '../../../src/core/time'
import { requireRole } from '../../_shared/auth'
import { callContext } from '../../_shared/context'
import { createCheckinRepo } from '../../_shared/repos/checkins'
import { placeOfCadre } from '../../_shared/place'
import { raiseCare } from '../../_shared/care/raise'
import { createCareTaskRepo } from '../../_shared/repos/care-tasks'

/** Enough history for the longest streak even across a long holiday. */
const LOOKBACK_DAYS = 21

/** Today's check-in (again the same day replaces it); its care signals open or extend the care task. */
export async function submit(payload: Record<string, unknown>): Promise<Checkin> {
  const input = parseInput(checkinSchema, payload)
  const ctx = await callContext()
  requireRole(ctx.actor, 'cadre')
  const repo = createCheckinRepo(ctx.db)
  if ((await repo.consentOf(ctx.actor.id))?.version !== CONSENT_VERSION) {
    throw new AppError('CHECKIN.CONSENT_REQUIRED', 'consent to the handling of health information first')
  }
  const { townshipId, countyId } = await placeOfCadre(ctx.org, ctx.actor)
  const date = localDate(ctx.now)
  const checkin: Checkin = {
    id: `${ctx.actor.id}-${date}`,
    cadreId: ctx.actor.id,
    date,
    health: input.health,
    mood: input.mood,
    stress: input.stress,
    note: input.note || null,
    wantsContact: input.wantsContact ?? false,
    at: ctx.now,
    townshipId,
    countyId,
  }
  await repo.put(checkin)

  // After a talk the counting starts over: check-ins submitted before it no longer count.
  const since = await createCareTaskRepo(ctx.db).lastClosedAt(ctx.actor.id)
  const history = (await repo.between(ctx.actor.id, addDays(date, -LOOKBACK_DAYS), date))
    .map((c) => (c.id === checkin.id ? checkin : c))
    .filter((c) => !since || Date.parse(c.at) > Date.parse(since))
  const reasons = checkinSignals(history, ctx.calendar)
  await raiseCare({ db: ctx.db, cadre: ctx.actor, townshipId, countyId, reasons, now: ctx.now, calendar: ctx.calendar })
  return checkin
}
