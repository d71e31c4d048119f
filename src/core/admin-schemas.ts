/** Payload schemas of the `admin` actions (SPEC §7, §8). Objects are strict, as in `schemas.ts`. */
import * as z from 'zod'
import { idField, localDateField } from './schemas'
import { SETTINGS_LIMITS } from './settings'

export const auditListSchema = z.strictObject({ cursor: z.string().max(100).optional() })

/** Working-day calendar (SPEC §7.3). */
const year = z.number().int().min(2000).max(2100)
const date = localDateField
const dayOff = z.enum(['work', 'off'])
export const calendarYearSchema = z.strictObject({ year })
export const calendarSetSchema = z.strictObject({ date, day: dayOff.nullable() })
export const calendarParseSchema = z.strictObject({ text: z.string().min(1).max(20_000) })
export const calendarApplySchema = z.strictObject({
  year,
  days: z.array(z.strictObject({ date, day: dayOff, name: z.string().min(1).max(20).optional() })).min(1).max(366),
})
export const calendarMarkSchema = z.strictObject({ year, entered: z.boolean() })

const ROLES = ['cadre', 'liaison', 'secretary', 'county', 'admin'] as const

/** `users {filter?, cursor?}`: `q` is a name prefix, or digits of a mobile number (prefix). */
export const usersListSchema = z.strictObject({
  filter: z
    .strictObject({
      q: z.string().trim().max(20).optional(),
      role: z.enum(ROLES).optional(),
      active: z.boolean().optional(),
    })
    .optional(),
  cursor: z.string().regex(/^\d{1,6}$/, 'Invalid cursor').optional(),
})
export const userIdSchema = z.strictObject({ userId: idField })
export const invitesListSchema = z.strictObject({ cursor: z.string().max(200).optional() })
export const bindSchema = z.strictObject({ code: z.string().trim().min(1).max(40) })

const weight = z.number().min(0, 'Must be between 0 and 1').max(1, 'Must be between 0 and 1')
const { remindAtShare: share, autoCloseDays: days } = SETTINGS_LIMITS

/** `settingsSet {...}`: any of the three settings; the result as a whole is checked. */
export const settingsSetSchema = z
  .strictObject({
    weights: z.strictObject({ response: weight, resolution: weight, satisfaction: weight }).optional(),
    remindAtShare: z.number().min(share.min, `Must be between ${share.min} and ${share.max}`).max(share.max, `Must be between ${share.min} and ${share.max}`).optional(),
    autoCloseDays: z.number().int('Must be a whole number').min(days.min, `Must be between ${days.min} and ${days.max}`).max(days.max, `Must be between ${days.min} and ${days.max}`).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.weights) return
    const sum = v.weights.response + v.weights.resolution + v.weights.satisfaction
    if (Math.abs(sum - 1) > SETTINGS_LIMITS.weightSumTolerance) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'The three weights must sum to 1' })
  })

const fileID = z.string().min(1).max(500)
export const importTemplateSchema = z.strictObject({})
export const importCheckSchema = z.strictObject({ fileID })
export const importApplySchema = z.strictObject({ fileID, deactivateMissing: z.boolean().optional() })
export const deactivateSchema = z.strictObject({ userId: z.string().min(1).max(100) })
