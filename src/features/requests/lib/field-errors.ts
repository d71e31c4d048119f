import { AppError } from '@/core/errors'
import { CloudError } from '@/services/call'
import { SUBMIT_COPY } from '../copy'

/** Field → Chinese message from an INPUT.INVALID failure (local or from the server), else null. */
export function fieldErrors(error: unknown): Record<string, string> | null {
  const fields =
    error instanceof AppError || error instanceof CloudError
      ? error.code === 'INPUT.INVALID'
        ? (error.fields ?? {})
        : null
      : null
  if (!fields) return null
  const out: Record<string, string> = {}
  for (const path of Object.keys(fields)) {
    const key = path.split('.')[0]
    out[key] = SUBMIT_COPY.fieldErrors[key] ?? SUBMIT_COPY.checkFields
  }
  return out
}
