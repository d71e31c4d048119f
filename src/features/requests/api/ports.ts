/** What each requests store needs from the cloud; the real calls sit next to this file, fakes in tests. */
import type { CommandPayload, ListBox, ListFilters, Page, SubmitPayload } from '@/core/contract'
import type { CommandType } from '@/core/lifecycle/commands'
import type { RequestView } from '@/core/contacts'
import type { ServiceRequest } from '@/core/types'

export interface SubmitApi {
  submit: (payload: SubmitPayload) => Promise<ServiceRequest>
}

export interface ListApi {
  list: (box: ListBox, cursor?: string, filters?: ListFilters) => Promise<Page<ServiceRequest>>
}

export interface DetailApi {
  get: (id: string) => Promise<RequestView>
  /** any lifecycle action of SPEC §3.3 (`requests.<action>`) */
  act: <A extends CommandType>(action: A, payload: CommandPayload<A>) => Promise<RequestView>
}
