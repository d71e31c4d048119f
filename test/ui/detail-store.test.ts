// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { ServiceRequest } from '@/core/types'
import type { DetailApi } from '@/features/requests/api/ports'
import { viewerActions } from '@/features/requests/lib/viewer-actions'
import { createRequestDetailStore } from '@/features/requests/detail-store'
import { CloudError } from '@/services/call'
import { createOutbox } from '@/services/outbox/outbox-store'
import { buildRequest, memoryStorage, people } from './builders'

const NEXT_STATUS: Record<string, ServiceRequest['status']> = {
  signFor: 'in_progress',
  return: 'pending_dispatch',
  dispatch: 'assigned',
  transfer: 'assigned',
  requestInfo: 'awaiting_submitter',
  reply: 'in_progress',
  resolve: 'resolved',
  confirm: 'closed',
  withdraw: 'withdrawn',
}

function fakeApi(initial: ServiceRequest) {
  let current = initial
  const api = {
    get: vi.fn(async () => current),
    act: vi.fn(async (action: string) => {
      current = { ...current, status: NEXT_STATUS[action] ?? current.status }
      return current
    }),
  }
  return api as typeof api & DetailApi
}

async function loaded(status: ServiceRequest['status']) {
  const api = fakeApi(buildRequest({ id: 'r-1', status }))
  const store = createRequestDetailStore(api)
  await store.getState().load('r-1')
  return { api, store }
}

test('after signing for, the request shows 办理中 as the server answered it', async () => {
  const { api, store } = await loaded('assigned')

  expect(await store.getState().run('signFor', {})).toBe(true)

  expect(api.act).toHaveBeenCalledWith('signFor', { id: 'r-1' })
  expect(store.getState().request?.status).toBe('in_progress')
  expect(store.getState().lastDone).toBe('signFor')
  expect(store.getState().busy).toBe(false)
})

test('a resolve note under 5 characters is refused before calling', async () => {
  const { api, store } = await loaded('in_progress')
  store.getState().openPanel('resolve')
  store.getState().setValue('text', ' 已办 ')

  expect(await store.getState().submitPanel()).toBe(false)

  expect(api.act).not.toHaveBeenCalled()
  expect(store.getState().formError).toBe('办结说明至少 5 个字')
})

test('a resolve sends the note and the uploaded photos, then closes the form', async () => {
  const { api, store } = await loaded('in_progress')
  store.getState().openPanel('resolve')
  store.getState().setValue('text', '已协调班车每周两趟')
  store.getState().setValue('photos', ['cloud://env/a.jpg', 'cloud://env/b.jpg'])

  expect(await store.getState().submitPanel()).toBe(true)

  expect(api.act).toHaveBeenCalledWith('resolve', { id: 'r-1', note: '已协调班车每周两趟', photos: ['cloud://env/a.jpg', 'cloud://env/b.jpg'] })
  expect(store.getState().panel).toBe('none')
  expect(store.getState().values.photos).toEqual([])
})

test('a confirm needs both answers, then sends them and closes the form', async () => {
  const { api, store } = await loaded('resolved')
  store.getState().openPanel('confirm')
  store.getState().setValue('solved', true)

  expect(await store.getState().submitPanel()).toBe(false)
  expect(store.getState().formError).toBe('请选择问题是否解决和满意程度')

  store.getState().setValue('satisfaction', 'basic')
  store.getState().setValue('text', ' 谢谢 ')
  expect(await store.getState().submitPanel()).toBe(true)

  expect(api.act).toHaveBeenCalledWith('confirm', { id: 'r-1', solved: true, satisfaction: 'basic', comment: '谢谢' })
  expect(store.getState().panel).toBe('none')
  expect(store.getState().request?.status).toBe('closed')
})

test('return, transfer and extension send exactly what the server asks for', async () => {
  const { api, store } = await loaded('assigned')
  const s = () => store.getState()

  s().openPanel('return')
  s().setValue('text', '不属于本单位职责范围')
  await s().submitPanel()
  s().openPanel('transfer')
  s().setValue('unitId', 'unit-2')
  s().setValue('text', '交通问题由交通局办理')
  await s().submitPanel()
  s().openPanel('requestExtension')
  s().setValue('days', 3)
  s().setValue('text', '需等待县里资金下达')
  await s().submitPanel()
  await s().run('decideExtension', { approve: false })

  expect(api.act.mock.calls).toEqual([
    ['return', { id: 'r-1', reason: '不属于本单位职责范围' }],
    ['transfer', { id: 'r-1', unitId: 'unit-2', reason: '交通问题由交通局办理' }],
    ['requestExtension', { id: 'r-1', days: 3, reason: '需等待县里资金下达' }],
    ['decideExtension', { id: 'r-1', approve: false }],
  ])
})

test('losing a race shows why and still shows the request as it now is', async () => {
  const { api, store } = await loaded('assigned')
  api.act.mockImplementationOnce(async () => {
    throw new CloudError('REQUEST.BAD_STATE')
  })

  expect(await store.getState().run('signFor', {})).toBe(false)

  expect(store.getState().formError).toBe('诉求状态已变化，请刷新后再试')
  expect(api.get).toHaveBeenCalledTimes(2)
})

test('after 退单 the liaison still sees where the request went, though they may no longer read it', async () => {
  const { api, store } = await loaded('assigned')
  api.get.mockRejectedValue(new CloudError('REQUEST.NOT_FOUND'))
  store.getState().openPanel('return')
  store.getState().setValue('text', '不属于本单位职责范围')

  expect(await store.getState().submitPanel()).toBe(true)

  expect(store.getState().request?.status).toBe('pending_dispatch')
  expect(store.getState().error).toBeNull()
  expect(store.getState().formError).toBeNull()
})

test('coming back to the same request (after choosing photos) keeps the open form', async () => {
  const { store } = await loaded('in_progress')
  store.getState().openPanel('resolve')
  store.getState().setValue('text', '正在写的说明')

  await store.getState().load('r-1')

  expect(store.getState().panel).toBe('resolve')
  expect(store.getState().values.text).toBe('正在写的说明')
})

test('the buttons offered follow who is looking and the state', () => {
  const { liaison, secretary, submitter } = people

  expect(viewerActions(buildRequest({ status: 'assigned' }), liaison)).toEqual(['signFor', 'return', 'comment'])
  expect(viewerActions(buildRequest({ status: 'assigned', dispatchFinal: true }), liaison)).toEqual(['signFor', 'comment'])
  expect(viewerActions(buildRequest({ status: 'in_progress' }), liaison)).toEqual(['transfer', 'requestInfo', 'requestExtension', 'resolve', 'comment'])
  expect(viewerActions(buildRequest({ status: 'pending_dispatch', assignedUnitId: null }), secretary)).toEqual(['dispatch', 'comment', 'supervise'])
  expect(viewerActions(buildRequest({ status: 'resolved' }), submitter)).toEqual(['confirm'])
  expect(viewerActions(buildRequest({ status: 'awaiting_submitter' }), submitter)).toEqual(['reply', 'withdraw', 'comment'])
})

test('a reply given offline waits in the outbox with its key (待发送), the form closes, and it is sent once', async () => {
  let online = false
  const sent: Array<Record<string, unknown>> = []
  const outbox = createOutbox({
    deliver: async (_fn, _action, payload) => {
      if (!online) throw new CloudError('NETWORK.FAILED')
      sent.push(payload)
      return buildRequest({ id: 'r-1', status: 'in_progress' })
    },
    storage: memoryStorage(), now: () => 0, schedule: () => () => {},
  })
  const api = fakeApi(buildRequest({ id: 'r-1', status: 'awaiting_submitter' }))
  const store = createRequestDetailStore(api, { send: (i) => outbox.getState().send(i) })
  await store.getState().load('r-1')
  store.getState().openPanel('reply')
  store.getState().setValue('text', '大棚约三亩')

  expect(await store.getState().submitPanel()).toBe(true)
  expect(store.getState()).toMatchObject({ queued: true, panel: 'none', formError: null })
  expect(api.act).not.toHaveBeenCalled()

  online = true
  await outbox.getState().flush(true)
  await outbox.getState().flush(true)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({ id: 'r-1', text: '大棚约三亩', clientActionId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) })
})
