/** Payload schemas of the `stats` actions (strict, like every action's). */
import * as z from 'zod'
import { idField, localDateField } from './schemas'
import { BREAKDOWN_BYS } from './stats-types'
import { SCOPE_TYPES } from './rollups'
import { isLocalDate, parseTime } from './time'

const date = localDateField

/** Five years at most: a period reads ≤ 12 month documents per year plus ≤ 60 day documents. */
const MAX_DAYS = 5 * 366

const scope = z.strictObject({ type: z.enum(SCOPE_TYPES), id: idField }).optional()
const periodFields = { scope, from: date, to: date }
const checkPeriod = (v: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (!isLocalDate(v.from) || !isLocalDate(v.to)) return // already reported on its own field
  const days = (parseTime(v.to) - parseTime(v.from)) / 86_400_000
  if (!(days >= 1)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be after from' })
  if (days > MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'At most five years' })
}

export const overviewSchema = z.strictObject(periodFields).superRefine(checkPeriod)
export const breakdownSchema = z.strictObject({ ...periodFields, by: z.enum(BREAKDOWN_BYS) }).superRefine(checkPeriod)
export const careStatsSchema = overviewSchema
export const exportSchema = overviewSchema
export const overdueSchema = z.strictObject({ scope, cursor: z.string().max(100).optional() })
