import type { RequestView } from '@/core/contacts'
import { call } from '@/services/call'
import type { DetailApi, ListApi, SubmitApi } from './ports'

export const submitApi: SubmitApi = {
  submit: (payload) => call('requests', 'submit', payload),
}

export const listApi: ListApi = {
  list: (box, cursor, filters = {}) => call('requests', 'list', { box, ...filters, ...(cursor ? { cursor } : {}) }),
}

export const detailApi: DetailApi = {
  get: (id) => call('requests', 'get', { id }),
  /** One lifecycle action on a request: `requests.<action>` with its payload. */
  act: (action, payload) => call('requests', action, payload) as Promise<RequestView>,
}
