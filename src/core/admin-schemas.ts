/** Payload schemas of the `admin` actions (SPEC §7, §8). Objects are strict, as in `schemas.ts`. */
import * as z from 'zod'

export const auditListSchema = z.strictObject({ cursor: z.string().max(100).optional() })
