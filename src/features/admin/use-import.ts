import { useStore } from 'zustand'
import { importApi } from './api/calls'
import { createImportStore, type ImportState } from './import-store'
import { openTemplate } from './lib/open-template'
import { pickOrgFile } from './lib/pick-file'

export const importStore = createImportStore(importApi, pickOrgFile, openTemplate)
export const useImport = <T>(select: (s: ImportState) => T) => useStore(importStore, select)
