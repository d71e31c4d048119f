import { createHash } from 'node:crypto'
import type { Calendar } from '../../../src/core/calendar'
import { extendTask, openTask } from '../../../src/core/care'
import type { CareReason, CareTask } from '../../../src/core/care-types'
import { chooseLiaison } from '../../../src/core/routing'
import type { User } from '../../../src/core/types'
import type { Database } from '../cloud'
import { createUserRepo } from '../repos/users'
import { createCareTaskRepo } from '../repos/care-tasks'

export interface RaiseInput {
  db: Database
  cadre: User
  townshipId: string
  countyId: string
  reasons: CareReason[]
  now: string
  calendar: Calendar
}

const MAX_ATTEMPTS = 5

/**
 * Opens the cadre's care task, or adds the reasons to the one that is open. The unique open-task
 * key and versioned saves keep it to one task when a check-in and a timer run race; the task's
 * assignment notice is stored with it and delivered once (repos/care-tasks, care/notices).
 */
export async function raiseCare(i: RaiseInput): Promise<CareTask | null> {
  if (i.reasons.length === 0) return null
  const tasks = createCareTaskRepo(i.db)
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const open = await tasks.openOf(i.cadre.id)
    if (open && open.status === 'open') {
      const next = extendTask(open, i.reasons, i.now)
      if (!next) return open
      try {
        await tasks.saveIfVersion(next, open.version)
        return next
      } catch {
        continue // changed or closed meanwhile: look again
      }
    }
    const task = openTask({ ...i, id: taskId(i.cadre.id, i.now, attempt), cadre: cadreOf(i.cadre), assigneeId: await leastLoaded(i.db, i.cadre.homeUnitId) })
    if (await tasks.insertOpen(task, i.now)) return task
  }
  return null
}

function cadreOf(u: User) {
  return { id: u.id, name: u.name, homeUnitId: u.homeUnitId ?? null, villageId: u.villageId ?? null }
}

function taskId(cadreId: string, now: string, attempt: number): string {
  return 'ct' + createHash('sha1').update(`${cadreId}:${now}:${attempt}`).digest('hex').slice(0, 22)
}

async function leastLoaded(db: Database, unitId: string | undefined): Promise<string | null> {
  if (!unitId) return null
  const liaisons = await createUserRepo(db).activeLiaisons(unitId)
  return chooseLiaison(await createCareTaskRepo(db).liaisonLoads(liaisons.map((l) => l.id)))
}
