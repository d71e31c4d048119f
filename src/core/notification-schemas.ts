/** Payload schemas of the `notifications` actions (SPEC §5, §8). */
import * as z from 'zod'
import { TEMPLATE_KEYS } from './notifications'

export const notificationListSchema = z.strictObject({ cursor: z.string().max(500).optional() })
export const markReadSchema = z
  .strictObject({
    ids: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Invalid id')).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((v) => (v.ids ? 1 : 0) + (v.all ? 1 : 0) === 1, { message: 'Give either ids or all: true', path: ['ids'] })
export const unreadCountSchema = z.strictObject({})
export const grantSchema = z.strictObject({
  templateKey: z.enum(TEMPLATE_KEYS),
  count: z.number().int().min(1).max(10).default(1),
})
