/** Payload schemas of the `checkins` and `care` actions (SPEC §4, §8). */
import * as z from 'zod'
import { HEALTH_VALUES, STRESS_VALUES, TALK_MODES } from './care-types'
import { idField, localDateField, text } from './schemas'

const date = localDateField
const cursor = z.string().max(500).optional()

export const consentSchema = z.strictObject({ version: z.string().regex(/^[A-Za-z0-9._-]{1,32}$/, 'Invalid version') })
export const checkinSchema = z.strictObject({
  health: z.enum(HEALTH_VALUES),
  /** 1 (very low) … 5 (very good) */
  mood: z.number().int().min(1).max(5),
  stress: z.enum(STRESS_VALUES),
  note: text(0, 500).optional(),
  wantsContact: z.boolean().optional(),
})
export const rangeSchema = z.strictObject({ from: date.optional(), to: date.optional() })

export const careListSchema = z.strictObject({ status: z.enum(['open', 'closed']).optional(), cursor })
export const taskIdSchema = z.strictObject({ taskId: idField })
export const recordTalkSchema = z.strictObject({
  taskId: idField,
  date,
  mode: z.enum(TALK_MODES),
  summary: text(5, 1000),
})
export const healthFileSchema = z.strictObject({ cadreId: idField.optional() })
const days = z.number().int().min(0).max(366).nullable()
export const updateHealthFileSchema = z.strictObject({
  lastExamDate: date.nullable().optional(),
  leaveEntitled: days.optional(),
  leaveTaken: days.optional(),
  insuranceUntil: date.nullable().optional(),
})

/** The answers of one check-in, as the cadre gives them (the app sends them as they are). */
export type CheckinAnswers = z.input<typeof checkinSchema>
export type RecordTalkInput = z.infer<typeof recordTalkSchema>
export type UpdateHealthFileInput = z.infer<typeof updateHealthFileSchema>
