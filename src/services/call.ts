import type { ActionName, ImplementedFunction, PayloadOf, ResultOf } from '../core/contract'
import type { ErrorCode } from '../core/errors'
import { transport } from './cloud'

/** Server codes plus the one failure only the client sees: the call never got an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK.FAILED'

/** A failed cloud call, carrying the envelope's code (or NETWORK.FAILED). */
export class CloudError extends Error {
  constructor(
    readonly code: ClientErrorCode | (string & {}),
    message: string = code,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'CloudError'
  }
}

/** Calls `fn` with `{action, ...payload}`; answers the envelope's data or throws a CloudError. */
export async function call<F extends ImplementedFunction, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: PayloadOf<F, A>,
): Promise<ResultOf<F, A>> {
  let envelope
  try {
    envelope = await transport(fn, { action, ...(payload as object) })
  } catch (e) {
    throw new CloudError('NETWORK.FAILED', e instanceof Error ? e.message : String(e))
  }
  if (!envelope || typeof envelope !== 'object') throw new CloudError('INTERNAL', 'no envelope')
  if (envelope.ok) return envelope.data as ResultOf<F, A>
  throw new CloudError(envelope.error.code, envelope.error.message, envelope.error.fields)
}
