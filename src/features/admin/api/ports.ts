import type { ImportTemplate } from '../../../core/admin-types'
import type { ImportApplyResult, ImportReport } from '../../../core/org-import-types'

/** The import screen's calls (admin.importTemplate / importCheck / importApply). */
export interface ImportApi {
  template: () => Promise<ImportTemplate>
  check: (fileID: string) => Promise<ImportReport>
  apply: (fileID: string, deactivateMissing: boolean) => Promise<ImportApplyResult>
}

/** A file the admin picked and uploaded to cloud storage; null when they cancelled. */
export interface PickedFile {
  fileID: string
  name: string
}

export type PickFile = () => Promise<PickedFile | null>
export type OpenTemplate = (t: ImportTemplate) => Promise<void>
