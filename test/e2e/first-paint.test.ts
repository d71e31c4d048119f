// What a cold start costs in round trips (issue 13, LCP): the start page and a returning cadre's
// home draw from the scripts index.html names, with no page chunk fetched after them, and the
// picker's list is asked for once, as the app starts.
import type { Page, Request } from 'playwright-core'
import { expect, test } from 'vitest'
import { exact, shot, useDemoApp } from './app'

const app = useDemoApp()

/** Records every script and data request of the next load, which finds nothing in the cache. */
async function record(page: Page): Promise<string[]> {
  await (await page.context().newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true })
  const seen: string[] = []
  page.on('request', (r: Request) => {
    if (['script', 'fetch', 'xhr'].includes(r.resourceType())) seen.push(new URL(r.url()).pathname)
  })
  return seen
}

/** The scripts index.html itself names. */
async function htmlScripts(): Promise<string[]> {
  const html = await (await fetch(`${app.url}/`)).text()
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
}

test('a fresh phone opens on the picker with no script beyond index.html, and asks for the list once', async () => {
  const page = await app.openFresh()
  const seen = await record(page)
  await page.goto(app.url)
  await page.locator('.qb-picker__user').first().waitFor()
  await shot(page, 'start-page')

  expect(new URL(page.url()).hash).toBe('#/pages/login/index')
  expect(seen.filter((p) => p.endsWith('.js')).sort()).toEqual((await htmlScripts()).sort())
  expect(seen.filter((p) => p === '/__dev/users')).toHaveLength(1)
  // nobody is signed in: nothing is asked of the functions before a user is picked
  expect(seen.filter((p) => p.startsWith('/__cloud/'))).toEqual([])
  await page.context().close()
})

test('a returning cadre reopens on home with no script beyond index.html', async () => {
  const cadre = app.users.find((u) => u.role === 'cadre')!
  const page = await app.loginAs(cadre)
  const seen = await record(page)
  await page.goto(app.url)
  await exact(page, `${cadre.name}，您好`).waitFor()
  await exact(page, '提交诉求').waitFor()
  await shot(page, 'cadre-home')

  expect(seen.filter((p) => p.endsWith('.js')).sort()).toEqual((await htmlScripts()).sort())
  expect(seen).not.toContain('/__dev/users')
  await page.context().close()
})
