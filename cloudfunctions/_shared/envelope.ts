import { AppError } from '../../src/core/errors'
import type { ActionName, Envelope, ImplementedFunction, ResultOf } from '../../src/core/contract'
import { isTransactionConflict } from './repos/docs'

export type ActionHandler<T = unknown> = (payload: Record<string, unknown>) => Promise<T>

/**
 * A handler for every action the contract names for function F, answering its result type:
 * `createMain({...} satisfies ActionHandlers<'requests'>)` does not compile with one missing or extra.
 */
export type ActionHandlers<F extends ImplementedFunction> = { [A in ActionName<F>]: ActionHandler<ResultOf<F, A>> }

/**
 * Builds a function's `main`: picks the action, runs it and wraps the answer in the envelope.
 * Business failures become `{ok: false, error}`; anything unexpected is logged and reported as INTERNAL.
 */
export function createMain(actions: Record<string, ActionHandler>) {
  return async function main(event: unknown): Promise<Envelope<unknown>> {
    try {
      const { action, payload } = splitEvent(event)
      const handler = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
      if (!handler) throw new AppError('ACTION.UNKNOWN', `unknown action: ${action}`)
      return { ok: true, data: await handler(payload) }
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toBody() }
      // a conflict is load, not a fault: the caller may simply try again
      if (isTransactionConflict(err)) return { ok: false, error: { code: 'SYSTEM.BUSY', message: 'busy, try again' } }
      console.error('[INTERNAL]', err)
      return { ok: false, error: { code: 'INTERNAL', message: 'internal error' } }
    }
  }
}

/** The event is `{action, ...payload}`; the platform adds its own keys (userInfo, tcbContext) which we drop. */
function splitEvent(event: unknown): { action: string; payload: Record<string, unknown> } {
  if (!event || typeof event !== 'object' || Array.isArray(event)) {
    throw new AppError('INPUT.INVALID', 'event must be an object')
  }
  const { action, userInfo: _u, tcbContext: _t, ...payload } = event as Record<string, unknown>
  if (typeof action !== 'string' || !action) throw new AppError('INPUT.INVALID', 'action is required', { action: 'required' })
  return { action, payload }
}
