import { confirmRequest } from './confirm-request'
import { getRequest } from './get-request'
import { listRequests } from './list-requests'
import type { DetailApi, ListApi, SubmitApi } from './ports'
import { resolveRequest } from './resolve-request'
import { signFor } from './sign-for'
import { submitRequest } from './submit-request'

export const submitApi: SubmitApi = { submit: submitRequest }
export const listApi: ListApi = { list: listRequests }
export const detailApi: DetailApi = { get: getRequest, signFor, resolve: resolveRequest, confirm: confirmRequest }
