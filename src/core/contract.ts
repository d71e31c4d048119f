/** The cloud function contract (SPEC §8): names, envelope and payloads shared by app and functions. */
import type { ErrorBody } from './errors'
import type { Satisfaction, ServiceRequest, User, RequestKind, Category, Urgency, RequestStatus } from './types'

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const FUNCTION_NAMES = ['auth', 'requests', 'checkins', 'care', 'stats', 'notifications', 'org', 'scheduler'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

export type ListBox = 'mine' | 'unit' | 'township' | 'county'

export interface Page<T> {
  items: T[]
  /** null on the last page */
  cursor: string | null
}

export interface SubmitPayload {
  clientRequestId: string
  kind: RequestKind
  category: Category
  title: string
  description: string
  urgency: Urgency
  attachments?: string[]
}

export interface ConfirmPayload {
  id: string
  solved: boolean
  satisfaction: Satisfaction
  comment?: string
}

/** Every action of each function, with its payload and its answer. */
export interface Actions {
  auth: {
    whoami: { payload: Record<string, never>; result: User }
  }
  requests: {
    submit: { payload: SubmitPayload; result: ServiceRequest }
    get: { payload: { id: string }; result: ServiceRequest }
    list: { payload: { box: ListBox; status?: RequestStatus; cursor?: string }; result: Page<ServiceRequest> }
    signFor: { payload: { id: string }; result: ServiceRequest }
    resolve: { payload: { id: string; note: string; photos?: string[] }; result: ServiceRequest }
    confirm: { payload: ConfirmPayload; result: ServiceRequest }
  }
}

export type ImplementedFunction = keyof Actions
export type ActionName<F extends ImplementedFunction> = keyof Actions[F] & string
export type PayloadOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { payload: infer P } ? P : never
export type ResultOf<F extends ImplementedFunction, A extends ActionName<F>> = Actions[F][A] extends { result: infer R } ? R : never
