// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { ServiceRequest } from '../../src/core/types'
import type { DetailApi } from '../../src/features/requests/api/ports'
import { viewerActions } from '../../src/features/requests/lib/viewer-actions'
import { createRequestDetailStore } from '../../src/features/requests/stores/detail-store'
import { CloudError } from '../../src/services/call'
import { buildRequest, buildUser } from './builders'

function fakeApi(initial: ServiceRequest) {
  let current = initial
  const api: DetailApi = {
    get: vi.fn(async () => current),
    signFor: vi.fn(async () => {
      current = { ...current, status: 'in_progress', signedAt: '2026-11-23T10:00:00.000+08:00' }
      return current
    }),
    resolve: vi.fn(async () => {
      current = { ...current, status: 'resolved' }
      return current
    }),
    confirm: vi.fn(async () => {
      current = { ...current, status: 'closed' }
      return current
    }),
  }
  return api
}

test('after signing for, the request is read again and shows 办理中', async () => {
  const api = fakeApi(buildRequest({ id: 'r-sign', status: 'assigned' }))
  const store = createRequestDetailStore(api)
  await store.getState().load('r-sign')

  expect(await store.getState().signFor()).toBe(true)

  expect(api.signFor).toHaveBeenCalledWith('r-sign')
  expect(api.get).toHaveBeenCalledTimes(2)
  expect(store.getState().request?.status).toBe('in_progress')
  expect(store.getState().busy).toBe(false)
})

test('a resolve note under 5 characters is refused before calling', async () => {
  const api = fakeApi(buildRequest({ id: 'r-res', status: 'in_progress' }))
  const store = createRequestDetailStore(api)
  await store.getState().load('r-res')

  expect(await store.getState().resolve(' 已办 ')).toBe(false)

  expect(api.resolve).not.toHaveBeenCalled()
  expect(store.getState().formError).toBe('办结说明至少 5 个字')
})

test('a confirm needs both answers, then sends them and closes the form', async () => {
  const api = fakeApi(buildRequest({ id: 'r-conf', status: 'resolved' }))
  const store = createRequestDetailStore(api)
  await store.getState().load('r-conf')
  store.getState().openPanel('confirm')

  expect(await store.getState().confirm({ solved: true, satisfaction: null, comment: '' })).toBe(false)
  expect(await store.getState().confirm({ solved: true, satisfaction: 'basic', comment: ' 谢谢 ' })).toBe(true)

  expect(api.confirm).toHaveBeenCalledWith({ id: 'r-conf', solved: true, satisfaction: 'basic', comment: '谢谢' })
  expect(store.getState().panel).toBe('none')
  expect(store.getState().request?.status).toBe('closed')
})

test('losing a race shows why and still shows the request as it now is', async () => {
  const api = fakeApi(buildRequest({ id: 'r-race', status: 'assigned' }))
  api.signFor = vi.fn(async () => {
    throw new CloudError('REQUEST.BAD_STATE')
  })
  const store = createRequestDetailStore(api)
  await store.getState().load('r-race')

  expect(await store.getState().signFor()).toBe(false)

  expect(store.getState().formError).toBe('诉求状态已变化，请刷新后再试')
  expect(api.get).toHaveBeenCalledTimes(2)
})

test('the buttons offered follow who is looking and the state', () => {
  const liaison = buildUser({ id: 'u-liaison', role: 'liaison', unitId: 'unit-1' })
  const submitter = buildUser()

  expect(viewerActions(buildRequest({ status: 'assigned' }), liaison)).toEqual(['signFor'])
  expect(viewerActions(buildRequest({ status: 'in_progress' }), liaison)).toEqual(['resolve'])
  expect(viewerActions(buildRequest({ status: 'resolved' }), submitter)).toEqual(['confirm'])
  expect(viewerActions(buildRequest({ status: 'assigned' }), submitter)).toEqual([])
})
