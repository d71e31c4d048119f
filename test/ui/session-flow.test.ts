// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { createBindStore } from '@/features/auth/bind-store'
import { createLoginStore } from '@/features/auth/login-store'
import { ENTRIES } from '@/features/home/copy'
import { createHomeStore } from '@/features/home/home-store'
import { CloudError } from '@/services/call'
import type { SessionState } from '@/services/session'
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
  const store = createHomeStore({ whoami, session: fakeSession(), needsPicker: true, toLogin, toBind: vi.fn() })

  await store.getState().start()

  expect(toLogin).toHaveBeenCalledOnce()
  expect(whoami).not.toHaveBeenCalled()
})

test('on WeChat, home asks the server who the user is and offers that role its entries', async () => {
  const session = fakeSession()
  const store = createHomeStore({ whoami: async () => buildUser(), session, needsPicker: false, toLogin: vi.fn(), toBind: vi.fn() })

  await store.getState().start()

  const user = session.getState().user
  expect(user?.role).toBe('cadre')
  expect(ENTRIES[user!.role].map((e) => e.label)).toEqual(['提交诉求', '我的诉求', '每日打卡', '健康档案'])
  expect(ENTRIES.liaison.map((e) => e.label)).toEqual(['待办工单', '关怀任务'])
})

test('an unbound WeChat user opening the app lands on the bind page, not an error', async () => {
  const toBind = vi.fn()
  const store = createHomeStore({
    whoami: async () => {
      throw new CloudError('AUTH.UNBOUND')
    },
    session: fakeSession('wx-new'),
    needsPicker: false,
    toLogin: vi.fn(),
    toBind,
  })

  await store.getState().start()

  expect(toBind).toHaveBeenCalledOnce()
  expect(store.getState().error).toBeNull()
})

test('binding: the prefilled code is normalised, a bad one explained, a good one signs in', async () => {
  const session = fakeSession('wx-new')
  const me = buildUser({ name: '新队员' })
  const onBound = vi.fn()
  const bind = vi.fn(async (code: string) => {
    if (code !== 'ABCD2345') throw new CloudError('INVITE.INVALID')
    return me
  })
  const store = createBindStore(bind, session, onBound)

  store.getState().prefill('abcd 2345')
  expect(store.getState().code).toBe('ABCD2345')
  store.getState().setCode('ABC')
  expect(await store.getState().submit()).toBe(false)
  expect(store.getState().error).toBe('邀请码是 8 位字母或数字，请核对')
  expect(bind).not.toHaveBeenCalled()
  store.getState().setCode('ZZZZ2345')
  expect(await store.getState().submit()).toBe(false)
  expect(store.getState().error).toBe('邀请码不正确，请核对后再输入')
  store.getState().setCode('abcd-2345')
  expect(await store.getState().submit()).toBe(true)
  expect(session.getState().user).toEqual(me)
  expect(onBound).toHaveBeenCalledOnce()
})
