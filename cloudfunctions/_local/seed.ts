// Seeds the demo county into an empty data dir: the organisation is written straight into the
// database (there is no function that creates it from nothing in dev), the history is played
// through the real functions (seed-history.ts).
import type { Runtime } from './runtime'
import { pairings, regions, units, users } from './seed-data'
import { seedHistory } from './seed-history'

export interface SeedReport {
  seeded: boolean
  users: number
  requests: number
}

/** Seeds only when there are no users yet, so a restart never duplicates or overwrites data. */
export async function seedIfEmpty(rt: Runtime, log: (line: string) => void = console.log): Promise<SeedReport> {
  const { total } = (await rt.sdk.database().collection('users').count()) as { total: number }
  if (total > 0) return { seeded: false, users: total, requests: 0 }
  return seedDemo(rt, log)
}

export async function seedDemo(rt: Runtime, log: (line: string) => void = console.log): Promise<SeedReport> {
  const db = rt.sdk.database()
  const collections: [string, { id: string }[]][] = [
    ['regions', regions],
    ['units', units],
    ['pairings', pairings],
    ['users', users],
  ]
  for (const [name, docs] of collections) {
    for (const { id, ...rest } of docs) await db.collection(name).add({ data: { _id: id, ...rest } })
  }
  const requests = await rt.withTimersPaused(async () => {
    try {
      return await seedHistory(rt, log)
    } finally {
      // history moves the clock back in time; the demo starts at the real present
      rt.clock.setOffset(0)
    }
  })
  log(`seed: 示范县 with ${users.length} users and ${requests} requests`)
  return { seeded: true, users: users.length, requests }
}
