import { call } from '../../../services/call'
import type { ImportApi } from './ports'

export const importApi: ImportApi = {
  template: () => call('admin', 'importTemplate', {}),
  check: (fileID) => call('admin', 'importCheck', { fileID }),
  apply: (fileID, deactivateMissing) => call('admin', 'importApply', { fileID, deactivateMissing }),
}
