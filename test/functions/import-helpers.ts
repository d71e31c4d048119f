// Builders for the organisation import tests: a small county as the admin fills the template,
// uploaded to local storage as the admin's screen would, and a snapshot of the organisation.
import { saveLocalFile } from '../../cloudfunctions/_local/storage'
import { countyTables, workbookOf, type OrgTables } from '../../scripts/org-workbook'
import { toCsv } from '@/core/csv'
import { HEADERS, type SheetName } from '@/core/org-import-sheets'
import type { Cloud } from './harness'

/** 2 townships, 4 villages, 3 units, 12 users in county 430121 (codes under the fixture county's). */
export const smallCounty = (): OrgTables => countyTables({ townships: 2, villages: 4, units: 3, users: 12 })

let n = 0
export async function uploadWorkbook(tables: OrgTables): Promise<string> {
  return saveLocalFile(`users/admin1/org-${n++}.xlsx`, await workbookOf(tables))
}

export function uploadCsv(sheet: SheetName, rows: string[][], name = `${sheet}-${n++}.csv`): string {
  return saveLocalFile(`users/admin1/${encodeURIComponent(name).replace(/%/g, '_')}`, Buffer.from(toCsv([[...HEADERS[sheet]], ...rows])))
}

/** Every document of the organisation collections and of the logs an import may touch. */
export async function snapshot(cloud: Cloud): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const coll of ['regions', 'units', 'pairings', 'users', 'requests', 'careTasks', 'audit', 'orgImports']) {
    const res = await cloud.db.collection(coll).orderBy('_id', 'asc').limit(1000).get()
    out[coll] = res.data
  }
  return out
}
