import { createStore } from 'zustand/vanilla'
import type { ImportApplyResult, ImportReport } from '@/core/org-import-types'
import { errorMessage } from '@/services/error-messages'
import type { ImportApi, OpenTemplate, PickedFile, PickFile } from './api/ports'

export interface ImportState {
  file: PickedFile | null
  report: ImportReport | null
  deactivateMissing: boolean
  busy: 'template' | 'check' | 'apply' | null
  result: ImportApplyResult | null
  error: string | null
  downloadTemplate: () => Promise<void>
  pick: () => Promise<void>
  setDeactivateMissing: (on: boolean) => void
  apply: () => Promise<void>
}

/** An apply that ran out of its call's time answers done: false; these many more calls finish it. */
const MAX_APPLY_CALLS = 20

/** 导入组织: template, pick + check (writes nothing), apply only a file without problems. */
export function createImportStore(api: ImportApi, pickFile: PickFile, openTemplate: OpenTemplate) {
  return createStore<ImportState>()((set, get) => {
    const run = async (busy: ImportState['busy'], fn: () => Promise<void>) => {
      if (get().busy) return
      set({ busy, error: null })
      try {
        await fn()
      } catch (e) {
        set({ error: errorMessage(e) })
      } finally {
        set({ busy: null })
      }
    }
    return {
      file: null,
      report: null,
      deactivateMissing: false,
      busy: null,
      result: null,
      error: null,
      downloadTemplate: () => run('template', async () => openTemplate(await api.template())),
      pick: () =>
        run('check', async () => {
          const file = await pickFile()
          if (!file) return
          set({ file, report: null, result: null, deactivateMissing: false })
          set({ report: await api.check(file.fileID) })
        }),
      setDeactivateMissing: (on) => set({ deactivateMissing: on }),
      apply: () =>
        run('apply', async () => {
          const { file, report, deactivateMissing } = get()
          if (!file || !report || report.problems.length) return
          let result = await api.apply(file.fileID, deactivateMissing)
          for (let i = 0; !result.done && i < MAX_APPLY_CALLS; i++) result = await api.apply(file.fileID, deactivateMissing)
          set({ result, report: null })
        }),
    }
  })
}

export type ImportStore = ReturnType<typeof createImportStore>
