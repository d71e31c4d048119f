// @vitest-environment happy-dom
// Dev mode (H5): where the app opens before Taro's router reads the address, and the picker's list.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { buildUser } from './builders'

const users = [buildUser({ name: '周志强', role: 'cadre' }), buildUser({ name: '王建国', role: 'liaison' })]
const requests: string[] = []

beforeEach(() => {
  vi.resetModules()
  requests.length = 0
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url)
    return new Response(JSON.stringify(users), { status: 200 })
  })
})
afterEach(() => vi.unstubAllGlobals())

/** the dev port as a page load gets it: the session read back from the phone's storage */
async function launch(openid: string | null = null) {
  if (openid) {
    const { useSession } = await import('@/services/session')
    useSession.getState().setOpenid(openid)
    vi.resetModules()
  }
  return import('@/services/dev')
}

test('with nobody signed in, the app opens on the picker and its list is already asked for', async () => {
  const dev = await launch()

  dev.startOnPicker()

  expect(window.location.hash).toBe('#/pages/login/index')
  expect(requests).toEqual(['/__dev/users'])
  // the picker's first read takes that answer; a later read (重试) asks again
  await expect(dev.fetchDevUsers()).resolves.toEqual(users)
  expect(requests).toHaveLength(1)
  await dev.fetchDevUsers()
  expect(requests).toHaveLength(2)
})

test('a signed-in user opens on home, and no demo list is fetched', async () => {
  const dev = await launch('dev-cadre-1')

  dev.startOnPicker()

  expect(window.location.hash).toBe('')
  expect(requests).toEqual([])
})

test('a deep link keeps its address even with nobody signed in', async () => {
  window.history.replaceState(null, '', '/#/features/requests/pages/detail/index?id=r-1')
  const dev = await launch()

  dev.startOnPicker()

  expect(window.location.hash).toBe('#/features/requests/pages/detail/index?id=r-1')
  expect(requests).toEqual([])
})

test('a failed early request reaches the picker as its own failure', async () => {
  vi.stubGlobal('fetch', async () => new Response('down', { status: 503 }))
  const dev = await launch()

  dev.startOnPicker()

  await expect(dev.fetchDevUsers()).rejects.toThrow('dev users: 503')
})
