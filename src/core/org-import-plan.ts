/**
 * From checked sheets to the writes of an apply (SPEC §7.1): each record keyed by its natural key
 * (region: statistical code, unit: code, pairing: village + unit, user: mobile), compared with what
 * is stored, so the same file again plans nothing. A user keeps the id and OPENID it has.
 */
import { checkOrg } from './org-import-check'
import { SHEETS, type SheetName, type SheetTables } from './org-import-sheets'
import type { ExistingOrg, ImportOp, ImportReport, MissingUser, SheetCounts, WorkToHandOver } from './org-import-types'
import { checkUsers, type DesiredUser } from './org-import-users'
import type { User } from './types'

export interface ImportPlan {
  report: ImportReport
  ops: ImportOp[]
}

/** Organisation fields a user record takes from the file; anything else (openid…) is left alone. */
const USER_FIELDS = ['name', 'phone', 'role', 'villageId', 'homeUnitId', 'unitId', 'townshipId', 'countyId'] as const

export const pairingId = (villageId: string, unitId: string) => `p-${villageId}-${unitId}`
/** The id a new user gets: derived from the key, so a resumed apply cannot create them twice. */
export const newUserId = (phone: string) => `u-${phone}`

export function planImport(tables: SheetTables, existing: ExistingOrg, opts: { callerId: string; deactivateMissing: boolean }): ImportPlan {
  const checked = checkOrg(tables, existing)
  const desired = checkUsers(tables, existing, checked, opts.callerId)
  const counts = emptyCounts()
  const ops: ImportOp[] = []
  const sheets = SHEETS.filter((s) => tables[s])
  const count = (sheet: SheetName, create: boolean, changed: boolean) =>
    counts[sheet][create ? 'create' : changed ? 'update' : 'unchanged']++

  // parents before children, so that a reader after the apply never meets a dangling parent
  const levelOrder = { county: 0, township: 1, village: 2 }
  for (const r of [...checked.regions.values()].sort((a, b) => levelOrder[a.level] - levelOrder[b.level])) {
    const { id, ...data } = r
    const old = existing.regions.get(id)
    const changed = !old || old.name !== r.name || old.level !== r.level || old.parentId !== r.parentId
    count('地区', !old, changed)
    if (changed) ops.push({ kind: 'region', id, data, create: !old })
  }
  for (const u of checked.units.values()) {
    const { id, ...data } = u
    const old = existing.units.get(id)
    const changed = !old || old.name !== u.name || old.countyId !== u.countyId
    count('单位', !old, changed)
    if (changed) ops.push({ kind: 'unit', id, data, create: !old })
  }
  for (const [villageId, pairings] of checked.pairings) {
    const stored = existing.pairings.filter((p) => p.villageId === villageId)
    for (const p of pairings) {
      const old = stored.find((s) => s.unitId === p.unitId)
      const changed = !old || old.lead !== p.lead
      count('结对', !old, changed)
      if (changed) ops.push({ kind: 'pairing', id: old?.id ?? pairingId(villageId, p.unitId), data: p, create: !old })
    }
    for (const old of stored.filter((s) => !pairings.some((p) => p.unitId === s.unitId))) {
      counts.结对.remove++
      ops.push({ kind: 'unpair', id: old.id })
    }
  }
  const deactivations: string[] = []
  const handovers: string[] = []
  for (const d of desired) planUser(d, existing.usersByPhone.get(d.phone), ops, counts.人员, deactivations, handovers)
  const missing = tables.人员 ? missingUsers(existing, tables, opts.callerId) : []
  if (opts.deactivateMissing) deactivations.push(...missing.map((m) => m.id))
  counts.人员.deactivate = deactivations.length
  ops.push(...handovers.map((id) => ({ kind: 'handover' as const, id })))
  ops.push(...deactivations.map((id) => ({ kind: 'deactivate' as const, id })))
  const problems = checked.problems.sort((a, b) => SHEETS.indexOf(a.sheet as SheetName) - SHEETS.indexOf(b.sheet as SheetName) || a.row - b.row)
  const handingOver = whoHandsOver(existing, handovers, deactivations, missing)
  return { report: { sheets, problems, counts, missing, handovers: handingOver }, ops: problems.length ? [] : ops }
}

/**
 * Everyone the apply makes hand work on (the missing too, for the tick), as stored before it; the
 * function counts their open work and leaves out those with none.
 */
function whoHandsOver(existing: ExistingOrg, moved: string[], deactivated: string[], missing: MissingUser[]): WorkToHandOver[] {
  const byId = new Map([...existing.usersByPhone.values(), ...existing.countyUsers].map((u) => [u.id, u]))
  const missingIds = new Set(missing.map((m) => m.id))
  // only a liaison is ever assigned requests or care tasks: the others have nothing to hand on
  const entry = (id: string, why: WorkToHandOver['why']): WorkToHandOver[] => {
    const u = byId.get(id)
    return u?.role === 'liaison' ? [{ id, name: u.name, role: u.role, why, requests: 0, careTasks: 0 }] : []
  }
  return [
    ...moved.flatMap((id) => entry(id, 'moved')),
    ...deactivated.filter((id) => !missingIds.has(id)).flatMap((id) => entry(id, 'inactive')),
    ...missing.flatMap((m) => entry(m.id, 'missing')),
  ]
}

export function emptyCounts(): Record<SheetName, SheetCounts> {
  return Object.fromEntries(SHEETS.map((s) => [s, { create: 0, update: 0, unchanged: 0, deactivate: 0, remove: 0 }])) as Record<SheetName, SheetCounts>
}

function planUser(d: DesiredUser, old: User | undefined, ops: ImportOp[], counts: SheetCounts, deactivations: string[], handovers: string[]) {
  const data: Partial<User> = {}
  const unset: string[] = []
  for (const key of USER_FIELDS) {
    const value = d[key]
    if (value === undefined) {
      if (old && old[key] !== undefined && old[key] !== null) unset.push(key)
    } else if (!old || old[key] !== value) (data as Record<string, unknown>)[key] = value
  }
  // going inactive is a deactivation, with its handover; coming back is a plain field change
  if (!old || (d.active && !old.active)) data.active = d.active
  const id = old?.id ?? newUserId(d.phone)
  if (old && old.active && !d.active) deactivations.push(id)
  // a liaison who stays on but leaves their unit (or the role) hands its open work on
  else if (old && old.active && old.role === 'liaison' && (d.role !== 'liaison' || d.unitId !== old.unitId)) handovers.push(id)
  const changed = Object.keys(data).length > 0 || unset.length > 0
  if (!old) counts.create++
  else if (changed) counts.update++
  else if (!(old.active && !d.active)) counts.unchanged++
  if (changed) ops.push({ kind: 'user', id, data, unset, create: !old })
}

function missingUsers(existing: ExistingOrg, tables: SheetTables, callerId: string): MissingUser[] {
  const listed = new Set((tables.人员 ?? []).map((r) => r.cells.手机号))
  return existing.countyUsers
    .filter((u) => u.active && u.id !== callerId && !(u.phone && listed.has(u.phone)))
    .map((u) => ({ id: u.id, name: u.name, phone: u.phone ?? null, role: u.role }))
}
