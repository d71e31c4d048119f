import { createMain, type ActionHandlers } from '../_shared/envelope'
import { healthFile, updateHealthFile } from './actions/health-file'
import { get, list } from './actions/read'
import { record } from './actions/record'
import { summary } from './actions/summary'

export const main = createMain({ list, get, record, summary, healthFile, updateHealthFile } satisfies ActionHandlers<'care'>)
