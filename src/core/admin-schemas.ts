/** Payload schemas of the `admin` actions (SPEC §7, §8). Objects are strict, as in `schemas.ts`. */
import * as z from 'zod'

export const auditListSchema = z.strictObject({ cursor: z.string().max(100).optional() })

/** Working-day calendar (SPEC §7.3). */
const year = z.number().int().min(2000).max(2100)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Invalid date')
const dayOff = z.enum(['work', 'off'])
export const calendarYearSchema = z.strictObject({ year })
export const calendarSetSchema = z.strictObject({ date, day: dayOff.nullable() })
export const calendarParseSchema = z.strictObject({ text: z.string().min(1).max(20_000) })
export const calendarApplySchema = z.strictObject({
  year,
  days: z.array(z.strictObject({ date, day: dayOff, name: z.string().min(1).max(20).optional() })).min(1).max(366),
})
export const calendarMarkSchema = z.strictObject({ year, entered: z.boolean() })
