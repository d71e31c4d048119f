// The demo app as a person meets it: the runtime with its seeded county, a Chromium phone, and the
// few gestures every end-to-end story uses.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { openBrowser, phonePage, SCREENSHOTS, startRuntime } from './runtime'

export interface DevUser { id: string; openid: string; name: string; role: string; phone?: string; villageId?: string; unitId?: string; townshipId?: string }
export interface DevOrg { regions: Array<{ id: string; parentId: string | null }>; pairings: Array<{ villageId: string; unitId: string; lead: boolean }> }

/** Starts the runtime and a browser for this test file, and stops both after it. */
export function useDemoApp() {
  let rt: Awaited<ReturnType<typeof startRuntime>> | undefined
  let browser: Browser | undefined
  const app = {
    url: '',
    users: [] as DevUser[],
    org: { regions: [], pairings: [] } as DevOrg,
    user: (id: string) => app.users.find((u) => u.id === id)!,

    /** Opens the app on a fresh phone and picks this demo user; `phoneTime` sets the phone's clock. */
    async loginAs(user: DevUser, phoneTime?: string): Promise<Page> {
      const page = await phonePage(browser!)
      if (phoneTime) await page.clock.setFixedTime(new Date(phoneTime))
      await page.goto(app.url)
      // the whole row is the tap target (the cell covers its text)
      await page.locator('.qb-picker__user').filter({ hasText: user.name }).click()
      await page.locator('.qb-picker__user').first().waitFor({ state: 'detached' })
      return page
    },

    /** Opens the app on a fresh phone with nobody signed in (the demo picker in dev mode). */
    async openFresh(): Promise<Page> {
      const page = await phonePage(browser!)
      await page.goto(app.url)
      return page
    },

    /** A cadre whose village's lead unit has a liaison, so a support request is routed at once. */
    routableCadres(): DevUser[] {
      const staffed = new Set(app.users.filter((u) => u.role === 'liaison').map((u) => u.unitId))
      return app.users.filter((u) => u.role === 'cadre' && app.org.pairings.some((p) => p.villageId === u.villageId && p.lead && staffed.has(p.unitId)))
    },
  }
  beforeAll(async () => {
    rt = await startRuntime()
    browser = await openBrowser()
    app.url = rt.url
    app.users = (await (await fetch(`${rt.url}/__dev/users`)).json()) as DevUser[]
    app.org = (await (await fetch(`${rt.url}/__dev/org`)).json()) as DevOrg
  })
  afterAll(async () => {
    await browser?.close()
    rt?.stop()
  })
  return app
}

/** Taro keeps earlier pages of the stack in the DOM, hidden: only what is on screen counts. */
export const exact = (page: Page, text: string | RegExp) => page.getByText(text, { exact: true }).filter({ visible: true })

/**
 * Taps what shows this text. NutUI cells lay their clickable surface over their own text, which
 * Playwright reports as "intercepts pointer events"; a person's tap lands on the cell all the same.
 */
export async function tap(page: Page, text: string, which: 'first' | 'last' = 'first'): Promise<void> {
  const target = exact(page, text)[which]()
  await target.waitFor({ state: 'visible' })
  await target.click({ force: true })
}

/** Types into the text box with this placeholder. */
export async function type(page: Page, placeholder: string | RegExp, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: placeholder }).filter({ visible: true }).first()
  await box.waitFor()
  await box.fill(text)
}

/** Taro's H5 router slides pages in; a screenshot waits until no page is still moving. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.waitForTimeout(350)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}
