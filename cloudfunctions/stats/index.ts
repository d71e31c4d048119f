import { createMain, type ActionHandlers } from '../_shared/envelope'
import { care } from './actions/care'
import { exportWorkbook } from './actions/export'
import { breakdown, overview } from './actions/figures'
import { overdue } from './actions/overdue'

export const main = createMain({ overview, breakdown, overdue, care, export: exportWorkbook } satisfies ActionHandlers<'stats'>)
