/**
 * Payload schemas of the `requests` actions (SPEC §3.1, §3.3, §8). Objects are strict: unknown keys
 * are rejected; callers strip `action` before parsing.
 */
// Namespace import: `import { z }` makes bundlers keep all of zod (~450 KB minified vs ~90 KB).
import * as z from 'zod'
import { AppError } from './errors'
import type { CommandType } from './lifecycle/commands'
import { isLocalDate } from './time'
import { DIFFICULTY_CATEGORIES, REQUEST_STATUSES, SUPPORT_CATEGORIES } from './types'

/** The categories allowed for each kind (SPEC §3.1). */
export const CATEGORIES_OF_KIND = { difficulty: DIFFICULTY_CATEGORIES, support: SUPPORT_CATEGORIES } as const

/** Document ids: what the cloud database and our seeds generate; nothing that could be an operator. */
export const idField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Invalid id')

/*
 * Characters that show nothing: whitespace, format characters (zero-width space and joiners, BOM,
 * bidi marks, soft hyphen) and the blank letters of Hangul and Braille. A text made only of them
 * is blank, and none of them counts towards a minimum length.
 */
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]/gu
const EDGE_INVISIBLE = /^[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]+|[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]+$/gu

/** The number of characters a reader sees. */
export const visibleLength = (s: string): number => [...s.replace(INVISIBLE, '')].length

/** Free text, trimmed of invisible characters at both ends; `min` counts visible characters only. */
export const text = (min: number, max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(EDGE_INVISIBLE, ''))
    .max(max)
    .refine((s) => visibleLength(s) >= min, min <= 1 ? 'Must not be blank' : `Must have at least ${min} visible characters`)

/** A real local date `YYYY-MM-DD` in Asia/Shanghai: 2026-02-30 and 2026-12-45 are not. */
export const localDateField = z.string().refine(isLocalDate, 'Must be a real date YYYY-MM-DD')
const fileIds = z.array(z.string().trim().min(1).max(512)).max(6)

export const submitSchema = z
  .strictObject({
    clientRequestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Must be 8–64 characters of A-Z a-z 0-9 _ -'),
    kind: z.enum(['difficulty', 'support']),
    category: z.enum([...new Set([...DIFFICULTY_CATEGORIES, ...SUPPORT_CATEGORIES])]),
    title: text(4, 40),
    description: text(0, 1000),
    urgency: z.enum(['normal', 'urgent']),
    attachments: fileIds.default([]),
  })
  .superRefine((v, ctx) => {
    const allowed: readonly string[] = CATEGORIES_OF_KIND[v.kind]
    if (!allowed.includes(v.category)) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: `Not a category of ${v.kind}` })
    }
  })

/** Actions without a payload (e.g. `auth.whoami`). */
export const emptySchema = z.strictObject({})
export const idSchema = z.strictObject({ id: idField })
/** The filters township and county lists take (issue 13); other boxes refuse them. */
export const LIST_FILTERS = ['unitId', 'villageId', 'overdue', 'q'] as const
export const listSchema = z
  .strictObject({
    box: z.enum(['mine', 'unit', 'township', 'county']),
    status: z.enum(REQUEST_STATUSES).optional(),
    cursor: z.string().max(500).optional(),
    /** the assigned unit */
    unitId: idField.optional(),
    villageId: idField.optional(),
    /** past the deadline the handler works against now (as the inbox shows it) */
    overdue: z.boolean().optional(),
    /** a request number (exact) or words of the title */
    q: z.string().trim().min(1).max(40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.box === 'township' || v.box === 'county') {
      if (v.overdue && v.status && v.status !== 'assigned' && v.status !== 'in_progress') {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'Only assigned or in_progress can be overdue' })
      }
      return
    }
    for (const key of LIST_FILTERS) {
      if (v[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `Not a filter of box ${v.box}` })
    }
  })
export const signForSchema = idSchema
export const withdrawSchema = idSchema
export const returnSchema = z.strictObject({ id: idField, reason: text(5, 500) })
export const dispatchSchema = z.strictObject({ id: idField, unitId: idField })
export const transferSchema = z.strictObject({ id: idField, unitId: idField, reason: text(5, 500) })
export const requestInfoSchema = z.strictObject({ id: idField, question: text(1, 500) })
/** A resend of an offline reply or rating carries the same key and changes nothing (the phone's outbox). */
const clientActionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Must be 8–64 characters of A-Z a-z 0-9 _ -').optional()
export const replySchema = z.strictObject({ id: idField, text: text(1, 1000), clientActionId })
export const requestExtensionSchema = z.strictObject({
  id: idField,
  days: z.number().int().min(1).max(10),
  reason: text(5, 500),
})
export const decideExtensionSchema = z.strictObject({ id: idField, approve: z.boolean() })
export const resolveSchema = z.strictObject({ id: idField, note: text(5, 1000), photos: fileIds.optional() })
export const confirmSchema = z.strictObject({
  id: idField,
  solved: z.boolean(),
  satisfaction: z.enum(['satisfied', 'basic', 'unsatisfied']),
  comment: text(0, 500).optional(),
  clientActionId,
})
export const commentSchema = z.strictObject({ id: idField, text: text(1, 500) })
export const superviseSchema = z.strictObject({ id: idField, note: text(1, 500) })

/** `requests.list` as parsed (the function's view of a ListPayload). */
export type ListInput = z.infer<typeof listSchema>

/** Schema of each lifecycle action's payload (SPEC §3.3): one per command, no more. */
export const commandSchemas = {
  signFor: signForSchema,
  return: returnSchema,
  dispatch: dispatchSchema,
  transfer: transferSchema,
  requestInfo: requestInfoSchema,
  reply: replySchema,
  requestExtension: requestExtensionSchema,
  decideExtension: decideExtensionSchema,
  resolve: resolveSchema,
  confirm: confirmSchema,
  withdraw: withdrawSchema,
  comment: commentSchema,
  supervise: superviseSchema,
} as const satisfies Record<CommandType, z.ZodType<{ id: string }>>

/** Schema of each `requests` action payload, by action name. */
export const requestSchemas = { submit: submitSchema, get: idSchema, list: listSchema, ...commandSchemas } as const

const ROOT = '(root)'

/** Parse or throw `AppError('INPUT.INVALID', message, fields)` with fields as dotted path → message. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  let result: ReturnType<z.ZodType<T>['safeParse']>
  try {
    result = schema.safeParse(input)
  } catch {
    throw new AppError('INPUT.INVALID', 'Invalid input', { [ROOT]: 'Could not be read' })
  }
  if (result.success) return result.data
  const fields: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const base = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[base ? `${base}.${key}` : key] ??= 'Unknown field'
    } else {
      fields[base || ROOT] ??= issue.message
    }
  }
  throw new AppError('INPUT.INVALID', `Invalid input: ${Object.keys(fields).join(', ')}`, fields)
}
