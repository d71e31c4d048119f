import { act } from './act'
import { getRequest } from './get-request'
import { listRequests } from './list-requests'
import type { DetailApi, ListApi, SubmitApi } from './ports'
import { submitRequest } from './submit-request'

export const submitApi: SubmitApi = { submit: submitRequest }
export const listApi: ListApi = { list: listRequests }
export const detailApi: DetailApi = { get: getRequest, act }
