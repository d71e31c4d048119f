// A cadre submits through the UI, the liaison signs for and resolves it through the UI, the cadre
// rates it and sees it closed. Saves a screenshot of each role's main screen on the way.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { callAs, openBrowser, phonePage, SCREENSHOTS, startRuntime } from './runtime'

interface DevUser { id: string; openid: string; name: string; role: string; villageId?: string; unitId?: string; townshipId?: string }
interface Org { regions: Array<{ id: string; parentId: string | null }>; pairings: Array<{ villageId: string; unitId: string; lead: boolean }> }

let rt: Awaited<ReturnType<typeof startRuntime>>
let browser: Browser
let users: DevUser[]
let org: Org

beforeAll(async () => {
  rt = await startRuntime()
  browser = await openBrowser()
  users = (await (await fetch(`${rt.url}/__dev/users`)).json()) as DevUser[]
  org = (await (await fetch(`${rt.url}/__dev/org`)).json()) as Org
})
afterAll(async () => {
  await browser?.close()
  rt?.stop()
})

/** A cadre whose village's lead unit has a liaison, so a support request is routed at once. */
function routableCadre(): DevUser {
  const staffedUnits = new Set(users.filter((u) => u.role === 'liaison').map((u) => u.unitId))
  const cadre = users.find((u) => u.role === 'cadre' && org.pairings.some((p) => p.villageId === u.villageId && p.lead && staffedUnits.has(p.unitId)))
  if (!cadre) throw new Error('the seed has no routable cadre')
  return cadre
}

async function loginAs(user: DevUser): Promise<Page> {
  const page = await phonePage(browser)
  await page.goto(rt.url)
  // the whole row is the tap target (the cell covers its text)
  await page.locator('.qb-picker__user').filter({ hasText: user.name }).click()
  await page.locator('.qb-picker__user').first().waitFor({ state: 'detached' })
  return page
}

/** Taro keeps earlier pages of the stack in the DOM, hidden: only what is on screen counts. */
const exact = (page: Page, text: string | RegExp) => page.getByText(text, { exact: true }).filter({ visible: true })

/**
 * Taps what shows this text. NutUI cells lay their clickable surface over their own text, which
 * Playwright reports as "intercepts pointer events"; a person's tap lands on the cell all the same.
 */
async function tap(page: Page, text: string, which: 'first' | 'last' = 'first'): Promise<void> {
  const target = exact(page, text)[which]()
  await target.waitFor({ state: 'visible' })
  await target.click({ force: true })
}
/** Taro's H5 router slides pages in; a screenshot waits until no page is still moving. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.waitForTimeout(350)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

test('a request goes from the cadre’s phone to the liaison and back to closed', async () => {
  const cadre = routableCadre()
  const title = `村部网络经常中断${Date.now() % 1000}`

  const cadrePage = await loginAs(cadre)
  await exact(cadrePage, '我的诉求').waitFor()
  await shot(cadrePage, 'cadre-home')
  await tap(cadrePage, '提交诉求')
  await cadrePage.getByRole('textbox', { name: '一句话说明（4–40 字）' }).waitFor()
  await tap(cadrePage, '前帮后援')
  await tap(cadrePage, '技术指导')
  await cadrePage.getByRole('textbox', { name: '一句话说明（4–40 字）' }).fill(title)
  await cadrePage.getByRole('textbox', { name: /具体情况/ }).fill('村委会宽带每天下午断线，影响线上填报，需要协调运营商。')
  await shot(cadrePage, 'cadre-submit')
  await tap(cadrePage, '提交诉求', 'last')
  await cadrePage.getByText(title).filter({ visible: true }).first().waitFor()
  await exact(cadrePage, '待签收').first().waitFor()

  const mine = await callAs(rt.url, cadre.openid, 'requests', { action: 'list', box: 'mine' })
  const req = mine.data.items.find((r: { title: string }) => r.title === title)
  expect(req.status).toBe('assigned')
  const liaison = users.find((u) => u.id === req.assigneeId)!

  const liaisonPage = await loginAs(liaison)
  await tap(liaisonPage, '待办工单')
  await liaisonPage.getByText(title).filter({ visible: true }).first().waitFor()
  await shot(liaisonPage, 'liaison-inbox')
  await liaisonPage.getByText(title).filter({ visible: true }).first().click({ force: true })
  await tap(liaisonPage, '签收')
  await exact(liaisonPage, '办理中').first().waitFor()
  await tap(liaisonPage, '办结')
  await liaisonPage.getByRole('textbox', { name: '办理了什么、结果如何' }).fill('已协调运营商更换光猫，连续三天未再断线。')
  await tap(liaisonPage, '确认办结')
  await exact(liaisonPage, '已办结待评价').first().waitFor()
  await shot(liaisonPage, 'liaison-detail-resolved')

  await cadrePage.reload()
  await tap(cadrePage, '评价')
  await tap(cadrePage, '是')
  await tap(cadrePage, '满意')
  await tap(cadrePage, '提交评价')
  await exact(cadrePage, '已关闭').first().waitFor()
  await shot(cadrePage, 'cadre-detail-closed')

  const final = await callAs(rt.url, cadre.openid, 'requests', { action: 'get', id: req.id })
  expect(final.data).toMatchObject({ status: 'closed', rating: { solved: true, satisfaction: 'satisfied' } })
  expect(final.data.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['submit', 'signFor', 'resolve', 'confirm', 'close']))
})

test('the secretary, county staff and admin each land on their main screen', async () => {
  for (const role of ['secretary', 'county', 'admin']) {
    const user = users.find((u) => u.role === role)!
    const page = await loginAs(user)
    await page.waitForLoadState('networkidle')
    await shot(page, `${role}-home`)
    await expect(page.locator('body')).toBeTruthy()
    await page.context().close()
  }
})
