// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { createLoginStore } from '../../src/features/auth/login-store'
import { ENTRIES } from '../../src/features/home/entries'
import { createHomeStore } from '../../src/features/home/home-store'
import { CloudError } from '../../src/services/call'
import type { SessionState } from '../../src/services/session'
import { buildUser } from './builders'

function fakeSession(openid: string | null = null) {
  return createStore<SessionState>()((set) => ({
    openid,
    user: null,
    setOpenid: (o) => set({ openid: o }),
    setUser: (user) => set({ user }),
    clear: () => set({ openid: null, user: null }),
  }))
}

test('picking a demo user signs in as whoever the server says that openid is', async () => {
  const session = fakeSession()
  const me = buildUser({ name: '李红', role: 'liaison', unitId: 'unit-1' })
  const onSignedIn = vi.fn()
  const whoami = vi.fn(async () => {
    expect(session.getState().openid).toBe(me.openid)
    return me
  })
  const store = createLoginStore({ devUsers: async () => [me], whoami }, session, onSignedIn)

  await store.getState().load()
  await store.getState().pick(store.getState().users[0])

  expect(session.getState().user).toEqual(me)
  expect(onSignedIn).toHaveBeenCalledOnce()
})

test('an unbound openid is not kept, and the user reads why', async () => {
  const session = fakeSession()
  const whoami = vi.fn(async () => {
    throw new CloudError('AUTH.UNBOUND')
  })
  const store = createLoginStore({ devUsers: async () => [], whoami }, session, vi.fn())

  await store.getState().pick(buildUser())

  expect(session.getState().openid).toBeNull()
  expect(store.getState().error).toBe('您的微信尚未绑定用户，请联系管理员')
})

test('in dev mode with nobody picked, home sends the user to the picker', async () => {
  const toLogin = vi.fn()
  const whoami = vi.fn()
  const store = createHomeStore({ whoami, session: fakeSession(), needsPicker: true, toLogin })

  await store.getState().start()

  expect(toLogin).toHaveBeenCalledOnce()
  expect(whoami).not.toHaveBeenCalled()
})

test('on WeChat, home asks the server who the user is and offers that role its entries', async () => {
  const session = fakeSession()
  const store = createHomeStore({ whoami: async () => buildUser(), session, needsPicker: false, toLogin: vi.fn() })

  await store.getState().start()

  const user = session.getState().user
  expect(user?.role).toBe('cadre')
  expect(ENTRIES[user!.role].map((e) => e.label)).toEqual(['提交诉求', '我的诉求', '每日打卡', '健康档案'])
  expect(ENTRIES.liaison.map((e) => e.label)).toEqual(['待办工单', '关怀任务'])
})
