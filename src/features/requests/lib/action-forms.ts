import type { CommandPayload } from '@/core/contract'
import type { CommandType } from '@/core/lifecycle/commands'
import type { Satisfaction } from '@/core/types'
import { DETAIL_COPY, FORM_COPY } from '../copy'

const W = FORM_COPY.what

/**
 * How the detail screen asks for each action: a form under the buttons, one tap (撤回 with a
 * dialog), or its own block (the secretary's 同意延期 / 不同意). A new action must choose here.
 */
export const ASKED_BY = {
  signFor: 'tap',
  withdraw: 'tap',
  decideExtension: 'block',
  return: 'form',
  dispatch: 'form',
  transfer: 'form',
  requestInfo: 'form',
  reply: 'form',
  requestExtension: 'form',
  resolve: 'form',
  confirm: 'form',
  comment: 'form',
  supervise: 'form',
} as const satisfies Record<CommandType, 'form' | 'tap' | 'block'>

export type FormAction = { [A in CommandType]: (typeof ASKED_BY)[A] extends 'form' ? A : never }[CommandType]
export const isForm = (a: CommandType): a is FormAction => ASKED_BY[a] === 'form'

export type TapAction = { [A in CommandType]: (typeof ASKED_BY)[A] extends 'tap' ? A : never }[CommandType]
export const isTap = (a: CommandType): a is TapAction => ASKED_BY[a] === 'tap'

/** The dialog a one-tap action asks first (null: none); a tap action takes no payload. */
export const TAP_CONFIRM: Record<TapAction, typeof DETAIL_COPY.withdraw | null> = {
  signFor: null,
  withdraw: DETAIL_COPY.withdraw,
}


export type PayloadWithoutId<A extends CommandType> = Omit<CommandPayload<A>, 'id'>

/** Everything any action form asks for; each form uses a few of these. */
export interface FormValues {
  /** reason, question, reply, note, comment */
  text: string
  unitId: string | null
  days: number | null
  photos: string[]
  solved: boolean | null
  satisfaction: Satisfaction | null
}

export const emptyValues = (): FormValues => ({ text: '', unitId: null, days: null, photos: [], solved: null, satisfaction: null })

export type Validated<A extends FormAction> = { ok: true; payload: PayloadWithoutId<A> } | { ok: false; error: string }

const need = (text: string, min: number, what: string) =>
  text.trim().length >= min ? null : min <= 1 ? FORM_COPY.fill(what) : FORM_COPY.atLeast(what, min)

/** Checks a form the way the server's schema will (SPEC §3.3), in words the user reads. */
export function validateForm<A extends FormAction>(action: A, v: FormValues): Validated<A> {
  const text = v.text.trim()
  const fail = (error: string | null) => (error ? ({ ok: false, error } as const) : null)
  const ok = (payload: unknown) => ({ ok: true, payload }) as Validated<A>
  switch (action as FormAction) {
    case 'return':
      return fail(need(text, 5, W.return)) ?? ok({ reason: text })
    case 'dispatch':
      return fail(v.unitId ? null : FORM_COPY.pickUnit) ?? ok({ unitId: v.unitId })
    case 'transfer':
      return fail(v.unitId ? null : FORM_COPY.pickTransferUnit) ?? fail(need(text, 5, W.transfer)) ?? ok({ unitId: v.unitId, reason: text })
    case 'requestInfo':
      return fail(need(text, 1, W.requestInfo)) ?? ok({ question: text })
    case 'reply':
      return fail(need(text, 1, W.reply)) ?? ok({ text })
    case 'requestExtension':
      return (
        fail(v.days !== null && v.days >= 1 && v.days <= 10 ? null : FORM_COPY.pickDays) ??
        fail(need(text, 5, W.requestExtension)) ??
        ok({ days: v.days, reason: text })
      )
    case 'resolve':
      return (
        fail(need(text, 5, W.resolve)) ??
        fail(v.photos.length <= 6 ? null : FORM_COPY.tooManyPhotos) ??
        ok(v.photos.length > 0 ? { note: text, photos: v.photos } : { note: text })
      )
    case 'confirm':
      return (
        fail(v.solved === null || v.satisfaction === null ? FORM_COPY.pickRating : null) ??
        ok({ solved: v.solved, satisfaction: v.satisfaction, ...(text ? { comment: text } : {}) })
      )
    case 'comment':
      return fail(need(text, 1, W.comment)) ?? ok({ text })
    case 'supervise':
      return fail(need(text, 1, W.supervise)) ?? ok({ note: text })
  }
}

/** Big primary buttons; the other actions sit below them as outlined ones. */
export const PRIMARY_ACTIONS: readonly CommandType[] = ['signFor', 'dispatch', 'resolve', 'confirm', 'reply']
