// `npm run deploy:db` turns the one declaration of collections, indexes and rules into what to
// create in a CloudBase environment, offline.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { COLLECTION_NAMES } from '../../cloudfunctions/_shared/collections'
import { databasePlan, type CollectionPlan } from '../../scripts/db-plan'

test('deploy:db writes every declared collection with its rule and indexes, in manager-node shape too', () => {
  const out = mkdtempSync(join(tmpdir(), 'qbhy-deploy-'))
  const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/deploy-db.ts'], { env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' })
  const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as CollectionPlan[]
  expect(plan).toEqual(databasePlan())
  expect(plan.map((c) => c.name)).toEqual(COLLECTION_NAMES)
  for (const c of plan) expect(c.rule).toEqual({ read: false, write: false })

  const requests = plan.find((c) => c.name === 'requests')!
  const box = requests.indexes.find((i) => i.name === 'submitterId_1_createdAt_-1')!
  expect(box.keys).toEqual({ submitterId: 1, createdAt: -1 })
  expect(box.manager).toEqual({
    IndexName: 'submitterId_1_createdAt_-1',
    MgoKeySchema: { MgoIsUnique: false, MgoIndexKeys: [{ Name: 'submitterId', Direction: '1' }, { Name: 'createdAt', Direction: '-1' }] },
  })
  expect(requests.indexes.map((i) => i.name)).toContain('rollupPending_at_1')

  const openid = plan.find((c) => c.name === 'users')!.indexes.find((i) => i.name === 'openid_1')!
  expect(openid.options).toEqual({ unique: true, partialFilterExpression: { openid: { $gt: '' } } })
  expect(openid.manager.MgoKeySchema.MgoIsUnique).toBe(true)

  expect(printed).toContain('requests  rule: 仅云函数可读写')
  expect(printed).toContain('index submitterId_1_createdAt_-1: {"submitterId":1,"createdAt":-1}')
})
