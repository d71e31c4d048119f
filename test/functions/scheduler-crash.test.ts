// SPEC §11: a scheduler run cut off at any point (the platform's timeout, a crash) loses no notice
// and doubles none. A few hundred requests fall overdue at once; the runtime is killed (SIGKILL) at
// eight points of the runs that follow, then one more run: every breach on a request's timeline has
// exactly one notice for each township secretary (and each county staff member for a county-level
// one), read straight from the database file.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { call, postJson, startLocal, type LocalProcess } from './local-process'

const CADRES = ['dev-cadre-1', 'dev-cadre-2', 'dev-cadre-3', 'dev-cadre-4']
const REQUESTS = 200
const KILL_AFTER_MS = [200, 500, 900, 1400, 2000, 2700, 3500, 4500]

test('killed at eight points of scheduler runs over 200 overdue requests, the next run leaves every breach told exactly once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-sched-crash-'))
  let local: LocalProcess = await startLocal({ DATA_DIR: dataDir })
  try {
    for (let i = 0; i < REQUESTS; i += 12) {
      await Promise.all(Array.from({ length: Math.min(12, REQUESTS - i) }, (_, j) => submit(local.url, i + j)))
    }
    // three weeks on: every assigned request is past signForBy, resolveBy and 3 working days more
    await postJson(`${local.url}/__dev/clock`, { advanceMinutes: 21 * 24 * 60 })

    for (const delay of KILL_AFTER_MS) {
      void postJson(`${local.url}/__dev/trigger/scheduler`).catch(() => {}) // dies with the process
      await new Promise((r) => setTimeout(r, delay))
      await local.stop('SIGKILL')
      local = await startLocal({ DATA_DIR: dataDir })
    }
    // one more run, past the minute after which a dead call's notices count as left behind (and,
    // should its time budget run out on a slow machine, the runs after it, as the timer would)
    await postJson(`${local.url}/__dev/clock`, { advanceMinutes: 2 })
    let runs = 0
    for (let finished = false; !finished && runs < 10; runs++) {
      const last = await postJson<{ result: { data: { finished: boolean } } }>(`${local.url}/__dev/trigger/scheduler`)
      finished = last.result.data.finished !== false
    }
    expect(runs).toBeLessThan(10)
  } finally {
    await local.stop()
  }

  const db = new Database(join(dataDir, 'db.sqlite'), { readonly: true })
  try {
    const docs = (coll: string) =>
      (db.prepare('SELECT body FROM docs WHERE coll = ?').all(coll) as { body: string }[]).map((r) => JSON.parse(r.body))
    const users = docs('users')
    const told = new Map<string, number>()
    for (const n of docs('notifications')) told.set(`${n.userId}|${n.requestId}|${n.title}`, (told.get(`${n.userId}|${n.requestId}|${n.title}`) ?? 0) + 1)
    const ours = docs('requests').filter((r) => String(r.clientRequestId).startsWith('kill-'))
    expect(ours).toHaveLength(REQUESTS)

    const wrong: string[] = []
    let breaches = 0
    for (const r of ours) {
      const supervised = (note: string) => r.events.filter((e: { type: string; note?: string }) => e.type === 'supervise' && e.note?.startsWith(note)).length
      const expectations: [string[], string, number][] = [
        [ids(users, { role: 'secretary', townshipId: r.townshipId }), '诉求签收超时', supervised('签收超时')],
        [ids(users, { role: 'secretary', townshipId: r.townshipId }), '诉求办理超期', supervised('办理超期')],
        [ids(users, { role: 'county', countyId: r.countyId }), '诉求升级县级督办', supervised('超期3个工作日以上')],
      ]
      for (const [readers, title, times] of expectations) {
        breaches += times
        for (const u of readers) {
          const got = told.get(`${u}|${r._id}|${title}`) ?? 0
          if (got !== times) wrong.push(`${r.no} ${title} → ${u}: ${got} notices for ${times} breaches`)
        }
      }
      if (r.status === 'assigned' && r.supervision !== 2) wrong.push(`${r.no} was not escalated to the county`)
    }
    expect(breaches).toBeGreaterThanOrEqual(REQUESTS) // every routed request breached at least once
    expect(wrong).toEqual([])
    expect(docs('requests').filter((r) => r.noticesPending)).toEqual([])
  } finally {
    db.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 300_000)

async function submit(url: string, i: number) {
  const answer = await call(url, 'requests', {
    action: 'submit',
    clientRequestId: `kill-${String(i).padStart(4, '0')}`,
    kind: 'difficulty',
    category: 'office',
    title: '办公电脑无法开机',
    description: `调度崩溃测试 ${i}`,
    urgency: 'normal',
  }, CADRES[i % CADRES.length])
  if (!answer.ok) throw new Error(`submit ${i}: ${JSON.stringify(answer.error)}`)
}

function ids(users: Record<string, unknown>[], where: Record<string, unknown>): string[] {
  return users.filter((u) => u.active && Object.entries(where).every(([k, v]) => u[k] === v)).map((u) => String(u._id))
}
