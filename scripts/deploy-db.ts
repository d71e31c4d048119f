// npm run deploy:db — what to create in the CloudBase environment's database: every collection,
// its security rule and its indexes, from cloudfunctions/_shared/collections.ts. Writes
// dist/database/plan.json (for @cloudbase/manager-node or a script of your own) and prints the same
// as a checklist for the cloud console. Offline: it talks to no environment.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { databasePlan } from './db-plan'

const plan = databasePlan()
const out = join(process.env.OUT_DIR ?? 'dist/database')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'plan.json'), JSON.stringify(plan, null, 2) + '\n')

for (const c of plan) {
  const rule = c.rule.read === false && c.rule.write === false ? '仅云函数可读写 {"read": false, "write": false}' : JSON.stringify(c.rule)
  console.log(`${c.name}  rule: ${rule}`)
  for (const ix of c.indexes) {
    const opts = Object.keys(ix.options).length ? `  ${JSON.stringify(ix.options)}` : ''
    console.log(`  index ${ix.name}: ${JSON.stringify(ix.keys)}${opts}`)
  }
}
console.log(`\n${plan.length} collections, ${plan.reduce((n, c) => n + c.indexes.length, 0)} indexes → ${join(out, 'plan.json')}`)
