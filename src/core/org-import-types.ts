/** Types of the organisation import (SPEC §7.1), shared by the admin function and its screen. */
import type { SheetName } from './org-import-sheets'
import type { Pairing, Region, Role, Unit, User } from './types'

/** One problem of a file: where it is (row as the spreadsheet numbers it) and what, in Chinese. */
export interface ImportProblem {
  sheet: SheetName | '文件'
  row: number
  column: string
  message: string
}

export interface SheetCounts {
  create: number
  update: number
  unchanged: number
  /** users: set to inactive (在岗 否, or absent and ticked) */
  deactivate: number
  /** pairings: removed because the village's pairings in the file no longer list them */
  remove: number
}

/** An active user of the file's counties that the file does not list. */
export interface MissingUser {
  id: string
  name: string
  phone: string | null
  role: Role
}

/**
 * A user whose open work an apply hands on, and how much: `moved` (the file changes their unit or
 * role), `inactive` (在岗 否), `missing` (not in the file: only if the admin ticks to deactivate them).
 */
export interface WorkToHandOver {
  id: string
  name: string
  role: Role
  why: 'moved' | 'inactive' | 'missing'
  /** open requests assigned to them */
  requests: number
  /** open care tasks assigned to them */
  careTasks: number
}

/** What `importCheck` answers; `importApply` answers the same counts once applied. */
export interface ImportReport {
  /** the sheets the file holds: all four for a workbook, one for a .csv */
  sheets: SheetName[]
  problems: ImportProblem[]
  counts: Record<SheetName, SheetCounts>
  /** would be deactivated only with `deactivateMissing: true` */
  missing: MissingUser[]
  /** who hands open work on, and how much: counted by `importCheck` (those with none left out); empty from `importApply` */
  handovers: WorkToHandOver[]
}

export interface ImportApplyResult extends ImportReport {
  /** documents written by this import (0: the file changed nothing) */
  written: number
  /** true when this call went on with an import that an earlier call had left half-way */
  resumed: boolean
  /** false: the import is still being promoted (time budget of one call); call importApply again */
  done: boolean
}

/** The organisation as stored, as far as the file touches it. */
export interface ExistingOrg {
  regions: Map<string, Region>
  units: Map<string, Unit>
  /** every stored pairing of the villages the file mentions */
  pairings: (Pairing & { id: string })[]
  usersByPhone: Map<string, User>
  /** active users of the counties the file covers (candidates for `missing`) */
  countyUsers: User[]
}

/**
 * One idempotent write of an apply, in the order they run (parents first, handovers and
 * deactivations last). `handover`: a liaison whose unit or role the file changes hands the open
 * work of their old unit on, as a deactivation does.
 */
export type ImportOp =
  | { kind: 'region'; id: string; data: Omit<Region, 'id'>; create: boolean }
  | { kind: 'unit'; id: string; data: Omit<Unit, 'id'>; create: boolean }
  | { kind: 'pairing'; id: string; data: Pairing; create: boolean }
  | { kind: 'unpair'; id: string }
  | { kind: 'user'; id: string; data: Partial<User>; unset: string[]; create: boolean }
  | { kind: 'handover'; id: string }
  | { kind: 'deactivate'; id: string }
