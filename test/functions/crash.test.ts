// SPEC §9: "the local database keeps every acknowledged write across a crash". Writes stream in,
// the process is killed with SIGKILL mid-stream, and every request the caller was told about is
// there after a restart on the same data dir, and counted exactly once in the statistics once the
// scheduler has settled the rollups a killed call may have left pending (SPEC §6).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { call, postJson, startLocal } from './local-process'

const CADRES = ['dev-cadre-1', 'dev-cadre-2', 'dev-cadre-3', 'dev-cadre-4']

test('every acknowledged submit survives a SIGKILL', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-crash-'))
  const first = await startLocal({ DATA_DIR: dataDir })

  const acked: { id: string; clientRequestId: string; openid: string }[] = []
  let killed = false
  let n = 0
  // one stream per cadre, each call sent as soon as the previous one is answered
  const streams = CADRES.map(async (openid) => {
    while (!killed) {
      const clientRequestId = `crash-${openid}-${n++}`
      try {
        const answer = await call(first.url, 'requests', submitEvent(clientRequestId), openid)
        if (answer.ok) acked.push({ id: answer.data.id, clientRequestId, openid })
      } catch {
        return // the process is gone: this call was never acknowledged
      }
    }
  })
  while (acked.length < 40) await new Promise((r) => setTimeout(r, 10))
  killed = true
  await first.stop('SIGKILL')
  await Promise.all(streams)
  expect(first.proc.signalCode).toBe('SIGKILL')

  const second = await startLocal({ DATA_DIR: dataDir })
  try {
    for (const a of acked) {
      const got = await call(second.url, 'requests', { action: 'get', id: a.id }, a.openid)
      expect(got, a.clientRequestId).toMatchObject({ ok: true, data: { id: a.id, clientRequestId: a.clientRequestId } })
    }
    // the restart did not reseed over the data (the demo users are still the same records)
    const again = await call(second.url, 'requests', submitEvent(acked[0].clientRequestId), acked[0].openid)
    expect(again.data.id).toBe(acked[0].id)

    // a minute and more later the scheduler has settled what the kill interrupted: the county's
    // figures for this month count every stored request once
    const { now } = await postJson<{ now: string }>(`${second.url}/__dev/clock`, { advanceMinutes: 2 })
    await postJson(`${second.url}/__dev/trigger/scheduler`)
    const month = now.slice(0, 7)
    const [y, m] = month.split('-').map(Number)
    const period = { from: `${month}-01`, to: m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01` }
    const stored: { status: string; dispatchedAt: string | null }[] = []
    for (let cursor: string | null = null; ; ) {
      const page = await call(second.url, 'requests', { action: 'list', box: 'county', ...(cursor ? { cursor } : {}) }, 'dev-county-1')
      stored.push(...page.data.items)
      cursor = page.data.cursor
      if (!cursor) break
    }
    const inMonth = stored.filter((r) => r.status !== 'withdrawn' && r.dispatchedAt?.slice(0, 7) === month)
    const overview = await call(second.url, 'stats', { action: 'overview', ...period }, 'dev-county-1')
    expect(overview.data.figures.counts.dispatched).toBe(inMonth.length)
  } finally {
    await second.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 120_000)

function submitEvent(clientRequestId: string) {
  return {
    action: 'submit',
    clientRequestId,
    kind: 'difficulty',
    category: 'transport',
    title: '进村道路塌方无法通行',
    description: `崩溃恢复测试 ${clientRequestId}`,
    urgency: 'normal',
  }
}
