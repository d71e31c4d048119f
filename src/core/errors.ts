/** Business error codes (SPEC §8). The UI maps each code to a Chinese message in one table. */
export const ERROR_CODES = [
  'AUTH.UNBOUND',
  'AUTH.FORBIDDEN',
  'AUTH.INACTIVE',
  'AUTH.ALREADY_BOUND',
  'AUTH.TOO_MANY_ATTEMPTS',
  'INVITE.INVALID',
  'INVITE.EXPIRED',
  'INVITE.USED',
  'INPUT.INVALID',
  'REQUEST.NOT_FOUND',
  'REQUEST.BAD_STATE',
  /** dispatch or transfer to a unit with no active liaison: nobody could sign for it */
  'DISPATCH.NO_LIAISON',
  'ACTION.UNKNOWN',
  'CHECKIN.CONSENT_REQUIRED',
  'CARE.NOT_FOUND',
  'CARE.BAD_STATE',
  /** a write lost to concurrent writers past its retries: nothing was changed, try again */
  'SYSTEM.BUSY',
  'ORG.UPDATING',
  'IMPORT.HAS_PROBLEMS',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorBody {
  code: ErrorCode
  message: string
  /** per-field problems for INPUT.INVALID: path → message */
  fields?: Record<string, string>
}

/** A failure the caller should see as `{ok: false, error}`; anything else thrown is INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}
