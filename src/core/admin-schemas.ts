/** Payload schemas of the `admin` actions (SPEC §7, §8). Objects are strict, as in `schemas.ts`. */
import * as z from 'zod'

export const auditListSchema = z.strictObject({ cursor: z.string().max(100).optional() })

const fileID = z.string().min(1).max(500)
export const importTemplateSchema = z.strictObject({})
export const importCheckSchema = z.strictObject({ fileID })
export const importApplySchema = z.strictObject({ fileID, deactivateMissing: z.boolean().optional() })
export const deactivateSchema = z.strictObject({ userId: z.string().min(1).max(100) })
