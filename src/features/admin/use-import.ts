import { useStore } from 'zustand'
import { importApi } from './api/calls'
import { createImportStore, type ImportState } from './import-store'
import { openWorkbook } from '@/services/open-workbook'
import { pickOrgFile } from './lib/pick-file'

export const importStore = createImportStore(importApi, pickOrgFile, openWorkbook)
export const useImport = <T>(select: (s: ImportState) => T) => useStore(importStore, select)
