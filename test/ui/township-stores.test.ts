// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { RequestStatus, ServiceRequest } from '@/core/types'
import { createDispatchStore } from '@/features/township/dispatch-store'
import { createSupervisionStore } from '@/features/township/supervision-store'
import { CloudError } from '@/services/call'
import { buildRequest, page } from './builders'

const NOW = '2026-11-26T10:00:00.000+08:00'

function fakeApi(all: ServiceRequest[]) {
  let requests = all
  return {
    list: vi.fn(async (status?: RequestStatus) => page(requests.filter((r) => !status || r.status === status))),
    dispatch: vi.fn(async (id: string, unitId: string) => {
      requests = requests.map((r) => (r.id === id ? { ...r, status: 'assigned' as const, assignedUnitId: unitId } : r))
      return requests.find((r) => r.id === id)!
    }),
  }
}

test('待派单 lists only what waits for a unit; 派单 needs a unit, sends it and the list refreshes', async () => {
  const waiting = buildRequest({ id: 'r-wait', status: 'pending_dispatch', assignedUnitId: null })
  const api = fakeApi([waiting, buildRequest({ status: 'in_progress' })])
  const store = createDispatchStore(api, () => NOW)
  await store.getState().load()
  expect(store.getState().items.map((r) => r.id)).toEqual(['r-wait'])
  expect(api.list).toHaveBeenCalledWith('pending_dispatch', undefined)

  store.getState().choose('r-wait')
  expect(await store.getState().dispatch()).toBe(false)
  expect(store.getState().formError).toBe('请选择承办单位')

  store.getState().setUnit('unit-2')
  expect(await store.getState().dispatch()).toBe(true)

  expect(api.dispatch).toHaveBeenCalledWith('r-wait', 'unit-2')
  expect(store.getState().items).toEqual([])
  expect(store.getState().choosing).toBeNull()
  expect(store.getState().done).toBe('r-wait')
})

test('a dispatch someone else made first says so', async () => {
  const api = fakeApi([buildRequest({ id: 'r-wait', status: 'pending_dispatch' })])
  api.dispatch.mockRejectedValueOnce(new CloudError('REQUEST.BAD_STATE'))
  const store = createDispatchStore(api, () => NOW)
  await store.getState().load()
  store.getState().choose('r-wait')
  store.getState().setUnit('unit-2')

  expect(await store.getState().dispatch()).toBe(false)
  expect(store.getState().formError).toBe('诉求状态已变化，请刷新后再试')
})

test('督办 shows open requests that are overdue or supervised, most urgent first, and extensions to decide', async () => {
  const supervised = buildRequest({ id: 'r-sup', status: 'in_progress', supervision: 1, resolveBy: '2026-11-28T09:00:00.000+08:00' })
  const overdue = buildRequest({ id: 'r-late', status: 'assigned', signForBy: '2026-11-25T09:00:00.000+08:00' })
  const onTime = buildRequest({ id: 'r-fine', status: 'in_progress', resolveBy: '2026-11-30T09:00:00.000+08:00' })
  const waiting = buildRequest({ id: 'r-wait', status: 'awaiting_submitter', resolveBy: '2026-11-20T09:00:00.000+08:00' })
  const closed = buildRequest({ id: 'r-closed', status: 'closed', supervision: 2 })
  const extension = buildRequest({
    id: 'r-ext',
    status: 'in_progress',
    resolveBy: '2026-11-30T09:00:00.000+08:00',
    extension: { days: 2, reason: '等待资金', requestedBy: 'u', requestedAt: NOW, status: 'pending', decidedBy: null, decidedAt: null },
  })
  const api = fakeApi([supervised, overdue, onTime, waiting, closed, extension])
  const store = createSupervisionStore(api, () => NOW)

  await store.getState().load()

  expect(store.getState().items.map((r) => r.id)).toEqual(['r-late', 'r-sup'])
  expect(store.getState().extensions.map((r) => r.id)).toEqual(['r-ext'])
  expect(api.list.mock.calls.map(([status]) => status).sort()).toEqual(['assigned', 'awaiting_submitter', 'in_progress', 'pending_dispatch'])
})
