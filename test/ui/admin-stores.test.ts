// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { AdminUserRow, InviteView } from '@/core/admin-types'
import { DEFAULT_SETTINGS } from '@/core/settings'
import type { AdminApi } from '@/features/admin/api/ports'
import { createSettingsStore } from '@/features/admin/settings-store'
import { createUsersStore } from '@/features/admin/users-store'
import { CloudError } from '@/services/call'

const row = (over: Partial<AdminUserRow> = {}): AdminUserRow => ({ id: 'u1', name: '方若宁', role: 'county', active: true, bound: false, placeName: null, ...over })

function fakeApi(over: Partial<AdminApi> = {}): AdminApi {
  return {
    users: vi.fn(async () => ({ items: [row()], cursor: null })),
    invite: vi.fn(),
    invites: vi.fn(),
    unbind: vi.fn(async () => ({})),
    deactivate: vi.fn(async () => ({})),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    settingsSet: vi.fn(async (s) => s),
    audit: vi.fn(),
    ...over,
  } as AdminApi
}

test('settings: the form shows the stored values as the admin reads them (percent, days)', async () => {
  const store = createSettingsStore(fakeApi())
  await store.getState().load()
  expect(store.getState().draft).toEqual({ response: '0.1', resolution: '0.5', satisfaction: '0.4', remindPercent: '75', autoCloseDays: '7' })
})

test('settings: weights not summing to 1 and out-of-range values are explained and nothing is sent', async () => {
  const api = fakeApi()
  const store = createSettingsStore(api)
  await store.getState().load()
  store.getState().setField('response', '0.3')
  store.getState().setField('remindPercent', '40')
  store.getState().setField('autoCloseDays', '1.5')
  expect(await store.getState().save()).toBe(false)
  expect(store.getState().errors).toEqual({ weights: '三项权重之和须为 1', remindPercent: '须在 50% 到 95% 之间', autoCloseDays: '须为 1 到 30 的整数' })
  store.getState().setField('response', '-1')
  expect(await store.getState().save()).toBe(false)
  expect(store.getState().errors.response).toBe('每项须在 0 到 1 之间')
  expect(api.settingsSet).not.toHaveBeenCalled()
})

test('settings: a valid form is saved as fractions and confirmed', async () => {
  const api = fakeApi()
  const store = createSettingsStore(api)
  await store.getState().load()
  store.getState().setField('response', '0.2')
  store.getState().setField('resolution', '0.4')
  store.getState().setField('remindPercent', '60')
  store.getState().setField('autoCloseDays', '10')
  expect(await store.getState().save()).toBe(true)
  expect(api.settingsSet).toHaveBeenCalledWith({ weights: { response: 0.2, resolution: 0.4, satisfaction: 0.4 }, remindAtShare: 0.6, autoCloseDays: 10 })
  expect(store.getState().notice).toBe('设置已保存，各功能一分钟内生效')
})

test('users: searching passes the filter; an invite is shown and the list reloads', async () => {
  const invite: InviteView = { code: 'ABCD2345', userId: 'u1', userName: '方若宁', createdAt: '', expiresAt: '2026-12-07T09:00:00.000+08:00', status: 'unused', text: '…ABCD2345…', qrUrl: null }
  const api = fakeApi({ invite: vi.fn(async () => invite) })
  const { store, list } = createUsersStore(api)
  store.getState().setFilter({ q: '方', active: true })
  await list.getState().load()
  expect(api.users).toHaveBeenLastCalledWith({ q: '方', active: true }, undefined)
  await store.getState().invite(list.getState().items[0])
  expect(store.getState().shown).toEqual(invite)
  expect(api.users).toHaveBeenCalledTimes(2)
})

test('users: a refused unbind tells why and keeps the list', async () => {
  const api = fakeApi({ unbind: vi.fn(async () => Promise.reject(new CloudError('AUTH.FORBIDDEN'))) })
  const { store, list } = createUsersStore(api)
  await list.getState().load()
  await store.getState().unbind(row({ bound: true }))
  expect(store.getState().error).toBe('您没有权限进行此操作')
  expect(store.getState().notice).toBeNull()
  expect(list.getState().items).toHaveLength(1)
})
