// Shared steps of the check-in and care function tests: consent, check in on a date, read the care tasks
// (running the timer and reading an inbox: ./story).
import { CONSENT_VERSION } from '@/core/care-types'
import { ok, type Cloud } from './harness'

export const CONSENT = CONSENT_VERSION

export async function consent(cloud: Cloud, cadre: string): Promise<void> {
  ok(await cloud.call('checkins', `o-${cadre}`, { action: 'consent', version: CONSENT_VERSION }))
}

/** Checks in as `cadre` at 08:30 on the local date given. */
export async function checkIn(cloud: Cloud, cadre: string, date: string, answers: Record<string, unknown> = {}) {
  cloud.setNow(`${date}T08:30:00+08:00`)
  return ok(await cloud.call('checkins', `o-${cadre}`, { action: 'submit', health: 'good', mood: 4, stress: 'low', ...answers }))
}

export async function careTasks(cloud: Cloud): Promise<any[]> {
  return (await cloud.db.collection('careTasks').limit(1000).get()).data
}

