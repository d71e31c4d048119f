// Small helpers the function tests share: submit and act as a user, run the timer, and readers
// for what was stored and what users were told.
import { ok, type Cloud } from './harness'

let seq = 0

export const submitEvent = (over: Record<string, unknown> = {}) => ({
  action: 'submit',
  clientRequestId: `story-key-${++seq}-${Date.now()}`,
  kind: 'support',
  category: 'tech',
  title: '村集体大棚技术指导',
  description: '大棚蔬菜出现病害，需要农技人员上门指导。',
  urgency: 'normal',
  ...over,
})

export async function submit(cloud: Cloud, openid: string, over: Record<string, unknown> = {}) {
  return ok(await cloud.call('requests', openid, submitEvent(over)))
}

export async function act(cloud: Cloud, openid: string, action: string, payload: Record<string, unknown>) {
  return ok(await cloud.call('requests', openid, { action, ...payload }))
}

/** Everything in a user's inbox (newest first), straight from the database. */
export async function inboxOf(cloud: Cloud, userId: string): Promise<Array<Record<string, any>>> {
  const res = await cloud.db.collection('notifications').where({ userId }).orderBy('createdAt', 'desc').limit(1000).get()
  return res.data
}

export async function outbox(cloud: Cloud): Promise<Array<Record<string, any>>> {
  return (await cloud.db.collection('outbox').limit(1000).get()).data
}

/** Runs the scheduler's timer now, or with the clock set to `at` first. */
export async function runScheduler(cloud: Cloud, at?: string) {
  if (at) cloud.setNow(at)
  return ok(await cloud.call('scheduler', '', { Type: 'Timer', TriggerName: 'every10min', ...(at ? { Time: at } : {}) }))
}

export async function stored(cloud: Cloud, id: string): Promise<Record<string, any>> {
  return (await cloud.db.collection('requests').where({ _id: id }).get()).data[0]
}

/** Every document of the collections a bad call could touch, to compare before and after. */
export async function snapshot(cloud: Cloud, collections = ['requests', 'counters', 'users', 'notifications', 'subscribeCredits', 'outbox']) {
  const out: Record<string, unknown[]> = {}
  for (const c of collections) out[c] = (await cloud.db.collection(c).limit(1000).get()).data
  return out
}
