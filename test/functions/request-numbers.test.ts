// 200 submits in one second through the local runtime (SPEC §9: concurrency is real there): every
// one is stored with its own readable number; a busy counter never costs a submit.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { call, startLocal } from './local-process'

const CADRES = ['dev-cadre-1', 'dev-cadre-2', 'dev-cadre-3', 'dev-cadre-4']

test('200 concurrent submits all succeed, each with a distinct QByyyymmdd-nnnnn number', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-numbers-'))
  const local = await startLocal({ DATA_DIR: dataDir, DB_LATENCY_MS: "5" })
  try {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(local.url, 'requests', {
          action: 'submit',
          clientRequestId: `burst-number-${i}`,
          kind: 'support',
          category: 'tech',
          title: '请求农技专家指导',
          description: `并发编号测试 ${i}`,
          urgency: 'normal',
        }, CADRES[i % CADRES.length]),
      ),
    )
    const failed = answers.filter((a) => !a.ok).map((a) => a.error?.code)
    expect(failed).toEqual([])
    const numbers = answers.map((a) => a.data.no as string)
    expect(new Set(numbers).size).toBe(200)
    for (const no of numbers) expect(no).toMatch(/^QB\d{8}-\d{5}$/)
  } finally {
    await local.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 120_000)
