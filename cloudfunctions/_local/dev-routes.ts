// The dev-only endpoints of SPEC §9: inspect the organisation and the outbox, move the clock,
// fire timers, start over. Each answers a JSON body or throws an HttpError.
import { HttpError } from './http'
import type { Runtime } from './runtime'
import { seedDemo } from './seed'

type Doc = Record<string, unknown> & { _id?: string }
type Handler = (rt: Runtime, body: unknown, param: string, log: (line: string) => void) => Promise<unknown>

export const devRoutes: Record<string, Handler> = {
  // plain arrays: the H5 user picker and the e2e helpers read them as such
  'GET users': async (rt) => (await readAll(rt, 'users')).map(withId),
  'GET org': async (rt) => {
    const [regions, units, pairings] = await Promise.all(['regions', 'units', 'pairings'].map((c) => readAll(rt, c)))
    return { regions: regions.map(withId), units: units.map(withId), pairings: pairings.map(withId) }
  },
  'GET outbox': async (rt) => newestFirst(await readAll(rt, 'outbox')).map(withId),
  'POST clock': async (rt, body) => {
    const { now, advanceMinutes } = (body ?? {}) as { now?: unknown; advanceMinutes?: unknown }
    if (now !== undefined && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) throw new HttpError(400, 'now must be an ISO-8601 time')
    if (advanceMinutes !== undefined && (typeof advanceMinutes !== 'number' || !Number.isFinite(advanceMinutes))) {
      throw new HttpError(400, 'advanceMinutes must be a number')
    }
    try {
      return { now: rt.clock.set({ now, advanceMinutes }) }
    } catch (err) {
      if (err instanceof RangeError) throw new HttpError(400, err.message)
      throw err
    }
  },
  'GET clock': async (rt) => ({ now: rt.clock.nowIso() }),
  'POST trigger': async (rt, _body, name) => {
    if (!rt.functions.includes(name)) throw new HttpError(404, `unknown function: ${name}`)
    if (!rt.triggers().some((t) => t.functionName === name)) throw new HttpError(404, `${name} has no timer trigger`)
    return { result: await rt.triggerNow(name) }
  },
  'POST reset': async (rt, _body, _param, log) => {
    // no scheduled run may see the half-empty database between the wipe and the new seed
    const report = await rt.withTimersPaused(async () => {
      rt.local.reset()
      return seedDemo(rt, log)
    })
    return { ok: true, ...report }
  },
}

/**
 * Reads a whole collection page by page: the server SDK caps one get() at 1000 records. Keyset
 * pages on `_id` (the primary key), so a large collection is read without an unindexed scan.
 */
async function readAll(rt: Runtime, collection: string): Promise<Doc[]> {
  const db = rt.sdk.database()
  const out: Doc[] = []
  for (;;) {
    const after = out.length ? { _id: db.command.gt(out[out.length - 1]._id) } : {}
    const { data } = (await db.collection(collection).where(after).orderBy('_id', 'asc').limit(1000).get()) as { data: Doc[] }
    out.push(...data)
    if (data.length < 1000) return out
  }
}

function withId({ _id, ...rest }: Doc): Record<string, unknown> {
  return { id: _id, ...rest }
}

function newestFirst(docs: Doc[]): Doc[] {
  const time = (d: Doc) => String(d.createdAt ?? d.at ?? d.sentAt ?? '')
  // reverse first so that documents with equal (or no) times keep newest-inserted first
  return [...docs].reverse().sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0))
}
