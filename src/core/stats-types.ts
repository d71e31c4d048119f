/** What the `stats` function answers (SPEC §6, §8): figures computed on the server, never raw requests. */
import type { CareCounts } from './care-types'
import type { Figures } from './figures'
import type { Scope, ScopeType } from './rollups'
import type { Category, RequestStatus } from './types'

export type { Figures, Scope, ScopeType }

export type BreakdownBy = 'unit' | 'township' | 'village' | 'category' | 'month'
export const BREAKDOWN_BYS = ['unit', 'township', 'village', 'category', 'month'] as const satisfies readonly BreakdownBy[]

/** A period of local dates, `from` inclusive, `to` exclusive (on `dispatchedAt`). */
export interface Period {
  from: string
  to: string
}

export interface NamedScope extends Scope {
  name: string
}

export interface Overview extends Period {
  scope: NamedScope
  figures: Figures
}

export interface BreakdownRow {
  /** a unit, township or village id, a category, or a month `YYYY-MM` */
  key: string
  /** the org name for units and regions; the key itself otherwise */
  name: string
  figures: Figures
}

export interface Breakdown extends Period {
  scope: NamedScope
  by: BreakdownBy
  /** units, townships and villages by score (unranked last); months in order; categories by count */
  rows: BreakdownRow[]
}

/** One overdue request as a list shows it; a confidential one carries no title. */
export interface OverdueItem {
  id: string
  no: string
  title: string
  category: Category
  status: RequestStatus
  assignedUnitId: string | null
  townshipId: string
  villageId: string
  /** the deadline that passed: sign-for for an unsigned assignment, resolve otherwise */
  deadline: string
  deadlineKind: 'signFor' | 'resolve'
  supervision: 0 | 1 | 2
}

export interface OverduePage {
  scope: NamedScope
  total: number
  items: OverdueItem[]
  cursor: string | null
}

/** `stats.care`: the care figures over a period (check-ins counted on its working days up to today). */
export interface CareFigures extends Period, CareCounts {
  scope: NamedScope
  /** false when check-ins and care tasks are not kept in this deployment (all counts 0) */
  available: boolean
  /** working days in the period up to today */
  workdays: number
}

export interface StatsExport {
  filename: string
  bytes: number
  /** cloud storage file id (download with cloud.downloadFile / getTempFileURL) */
  fileID: string | null
  /** a temporary URL for the file, when storage gives one */
  url: string | null
}
