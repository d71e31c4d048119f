// @vitest-environment happy-dom
// The home of a returning user draws from the record kept on the phone; asking the server again
// waits until that first screen is drawn, while a user with no record is asked about at once.
import { expect, test, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { createHomeStore } from '@/features/home/home-store'
import type { SessionState } from '@/services/session'
import type { User } from '@/core/types'
import { buildUser } from './builders'

function session(user: User | null) {
  return createStore<SessionState>()((set) => ({
    openid: 'dev-cadre-1',
    user,
    setOpenid: (openid) => set({ openid }),
    setUser: (u) => set({ user: u }),
    clear: () => set({ openid: null, user: null }),
  }))
}

/** an idle port the test opens by hand */
function gate() {
  let open = () => {}
  const idle = vi.fn(() => new Promise<void>((resolve) => (open = resolve)))
  return { idle, open: () => open() }
}

test('a returning user sees home at once; whoami is asked once the first screen is drawn', async () => {
  const kept = buildUser({ name: '周志强' })
  const renamed = { ...kept, name: '周志强（新）' }
  const whoami = vi.fn(async () => renamed)
  const s = session(kept)
  const { idle, open } = gate()
  const store = createHomeStore({ whoami, session: s, needsPicker: true, toLogin: vi.fn(), toBind: vi.fn(), idle })

  const started = store.getState().start()
  await Promise.resolve()

  expect(store.getState().loading).toBe(false)
  expect(whoami).not.toHaveBeenCalled()
  open()
  await started
  expect(whoami).toHaveBeenCalledOnce()
  expect(s.getState().user?.name).toBe('周志强（新）')
})

test('with no record on the phone, home shows loading and asks at once', async () => {
  const whoami = vi.fn(async () => buildUser())
  const { idle } = gate()
  const store = createHomeStore({ whoami, session: session(null), needsPicker: true, toLogin: vi.fn(), toBind: vi.fn(), idle })

  const started = store.getState().start()

  expect(store.getState().loading).toBe(true)
  await started
  expect(whoami).toHaveBeenCalledOnce()
  expect(idle).not.toHaveBeenCalled()
})
