/** What each requests store needs from the cloud; the real calls sit next to this file, fakes in tests. */
import type { ConfirmPayload, ListBox, Page, SubmitPayload } from '../../../core/contract'
import type { ServiceRequest } from '../../../core/types'

export interface SubmitApi {
  submit: (payload: SubmitPayload) => Promise<ServiceRequest>
}

export interface ListApi {
  list: (box: ListBox, cursor?: string) => Promise<Page<ServiceRequest>>
}

export interface DetailApi {
  get: (id: string) => Promise<ServiceRequest>
  signFor: (id: string) => Promise<ServiceRequest>
  resolve: (id: string, note: string) => Promise<ServiceRequest>
  confirm: (payload: ConfirmPayload) => Promise<ServiceRequest>
}
