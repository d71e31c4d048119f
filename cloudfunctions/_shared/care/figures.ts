import { CARE_REASONS, type CareCounts, type CareReason, type CareScope } from '../../../src/core/care-types'
import type { Database } from '../cloud'
import { createCareTaskRepo } from '../repos/care-tasks'
import { createCheckinRepo } from '../repos/checkins'
import { createUserRepo } from '../repos/users'

/** The scope's field on check-ins and care tasks. */
export const careScopeKey = (scope: CareScope) => (scope.type === 'township' ? 'townshipId' : 'countyId')

/**
 * The care counts of `scope` (`care.summary`, `stats.care`): check-ins whose `date` meets
 * `checkinDates` (null: none to count) over `workdays` working days, and open tasks by reason.
 * Counting queries on the care collections' indexes ({townshipId|countyId, date},
 * {townshipId|countyId, status}); nothing is loaded.
 */
export async function careCounts(db: Database, scope: CareScope, checkinDates: unknown, workdays: number): Promise<CareCounts> {
  const key = careScopeKey(scope)
  const tasks = createCareTaskRepo(db)
  const open = { [key]: scope.id, status: 'open' }
  const [cadres, checkins, openTasks, ...byReason] = await Promise.all([
    countCadres(db, scope),
    checkinDates === null ? 0 : createCheckinRepo(db).count({ [key]: scope.id, date: checkinDates }),
    tasks.count(open),
    ...CARE_REASONS.map((reason) => tasks.count({ ...open, 'reasons.reason': reason })),
  ])
  const denominator = cadres * workdays
  return {
    cadres,
    checkins,
    checkinRate: denominator > 0 ? Math.min(1, checkins / denominator) : null,
    openTasks,
    openByReason: byReasonOf((r) => byReason[CARE_REASONS.indexOf(r)]),
  }
}

/** All zero: where check-ins and care tasks are not kept. */
export function noCareCounts(): CareCounts {
  return { cadres: 0, checkins: 0, checkinRate: null, openTasks: 0, openByReason: byReasonOf(() => 0) }
}

const byReasonOf = (count: (r: CareReason) => number) => Object.fromEntries(CARE_REASONS.map((r) => [r, count(r)])) as Record<CareReason, number>

/** Active cadres stationed in the scope's villages. */
async function countCadres(db: Database, scope: CareScope): Promise<number> {
  const _ = db.command
  const regions = db.collection('regions')
  const ids = (res: { data: { _id: string }[] }) => res.data.map((r) => r._id)
  const townships = scope.type === 'township' ? [scope.id] : ids(await regions.where({ parentId: scope.id, level: 'township' }).limit(1000).get())
  if (townships.length === 0) return 0
  const villages = ids(await regions.where({ parentId: _.in(townships), level: 'village' }).limit(1000).get())
  return createUserRepo(db).countActiveCadres(villages)
}
