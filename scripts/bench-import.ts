// npm run bench:import — importCheck and importApply of a real county (300 villages, 100 units,
// 3,000 users) through the deployable admin bundle over the local backend: wall time, documents
// read and written, for a first import, the same file again, and a file with 10 % of users changed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { installLocalCloud, withCaller } from '../cloudfunctions/_local/sdk'
import { saveLocalFile } from '../cloudfunctions/_local/storage'
import { countyTables, REAL_COUNTY, workbookOf } from './org-workbook'

async function main() {
  if (!process.env.SKIP_FUNCTION_BUILD) execFileSync('node', ['scripts/build-functions.mjs'], { stdio: 'inherit' })
  const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-bench-import-'))
  const local = installLocalCloud({ dataDir })
  try {
    const require = createRequire(import.meta.url)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('wx-server-sdk')
    sdk.init()
    const db = sdk.database()
    await db.collection('users').add({ data: { _id: 'admin1', openid: 'o-admin1', name: '管理员', role: 'admin', active: true } })
    const admin = require(resolve('dist/cloudfunctions/admin/index.js')) as { main: (e: unknown) => Promise<{ ok: boolean; data?: any; error?: unknown }> }
    let written = 0
    const write = local.store.write
    local.store.write = (ops) => {
      written += ops.length
      write(ops)
    }
    const run = async (label: string, action: string, payload: Record<string, unknown>) => {
      local.dbStats.reset()
      written = 0
      const t0 = performance.now()
      const res = await withCaller({ OPENID: 'o-admin1' }, () => admin.main({ action, ...payload }))
      const ms = performance.now() - t0
      if (!res.ok) throw new Error(`${label}: ${JSON.stringify(res.error)}`)
      const read = Object.values(local.dbStats.get()).reduce((n, s) => n + s.returned, 0)
      const c = res.data.counts
      const counts = Object.entries(c).map(([s, k]: [string, any]) => `${s} +${k.create}/~${k.update}/=${k.unchanged}`).join(' ')
      console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s   read ${String(read).padStart(6)}   written ${String(written).padStart(6)}   ${counts}`)
    }
    const tables = countyTables(REAL_COUNTY)
    const fileID = saveLocalFile('users/admin1/county.xlsx', await workbookOf(tables))
    console.log(`county: ${tables.地区.length} regions, ${tables.单位.length} units, ${tables.结对.length} pairings, ${tables.人员.length} users`)
    await run('importCheck (empty db)', 'importCheck', { fileID })
    await run('importApply (first)', 'importApply', { fileID })
    await run('importCheck (same file)', 'importCheck', { fileID })
    await run('importApply (same file)', 'importApply', { fileID })
    for (let i = 0; i < tables.人员.length; i += 10) tables.人员[i][0] += '改'
    const changed = saveLocalFile('users/admin1/county-2.xlsx', await workbookOf(tables))
    await run('importApply (10 % changed)', 'importApply', { fileID: changed })
  } finally {
    local.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
