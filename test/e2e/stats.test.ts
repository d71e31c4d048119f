// The township secretary opens 数据看板, a request of their township is closed, and the figures on
// the dashboard change accordingly (figures the server computed from its rollups).
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { callAs, SCREENSHOTS } from './runtime'
import { useDemoApp, type DevUser } from './app'

const app = useDemoApp()

/** A cadre whose request is routed at once, and the secretary of the cadre's township. */
function cast() {
  const staffed = new Set(app.users.filter((u) => u.role === 'liaison').map((u) => u.unitId))
  for (const cadre of app.users.filter((u) => u.role === 'cadre')) {
    if (!app.org.pairings.some((p) => p.villageId === cadre.villageId && p.lead && staffed.has(p.unitId))) continue
    const township = app.org.regions.find((r) => r.id === cadre.villageId)?.parentId
    const secretary = app.users.find((u) => u.role === 'secretary' && u.townshipId === township)
    if (secretary) return { cadre, secretary }
  }
  throw new Error('the seed has no routable cadre with a secretary')
}

async function openDashboard(user: DevUser): Promise<Page> {
  const page = await app.loginAs(user)
  await page.getByText('数据看板', { exact: true }).filter({ visible: true }).first().click({ force: true })
  await page.locator('.qb-dash-figure').first().waitFor({ state: 'visible' })
  return page
}

const dispatchedLine = async (page: Page) => (await page.locator('.qb-dash-line').filter({ visible: true }).first().textContent()) ?? ''
/** The lines under 解决率: 已解决 n, 已评价 m. */
const resolutionCounts = async (page: Page) => (await page.locator('.qb-dash-figure').nth(1).locator('.qb-dash-figure__counts').allTextContents()).join(' ')
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number)

test('the secretary sees the figures change after a request of the township closes', async () => {
  const { cadre, secretary } = cast()
  const page = await openDashboard(secretary)
  // It opens on the last 30 days (not on a month a few days old), and says so.
  await page.getByText(/^近30天（\d+月\d+日–\d+月\d+日）$/).filter({ visible: true }).waitFor()
  const before = { dispatched: numbers(await dispatchedLine(page))[0], resolution: numbers(await resolutionCounts(page)) }
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-before.png`, fullPage: true })

  const req = (await callAs(app.url, cadre.openid, 'requests', {
    action: 'submit', clientRequestId: `e2e-stats-${Date.now()}`, kind: 'support', category: 'tech',
    title: '看板测试：农技指导', description: '用于看板数据变化的端到端测试。', urgency: 'normal',
  })).data
  const liaison = app.users.find((u) => u.id === req.assigneeId)!
  for (const [openid, action, payload] of [
    [liaison.openid, 'signFor', {}],
    [liaison.openid, 'resolve', { note: '已安排专家上门指导' }],
    [cadre.openid, 'confirm', { solved: true, satisfaction: 'satisfied' }],
  ] as const) {
    const res = await callAs(app.url, openid, 'requests', { action, id: req.id, ...payload })
    expect(res.ok, `${action}: ${JSON.stringify(res.error)}`).toBe(true)
  }

  await page.reload()
  await page.locator('.qb-dash-figure').first().waitFor({ state: 'visible' })
  await expect.poll(async () => numbers(await dispatchedLine(page))[0]).toBe(before.dispatched + 1)
  const [solved, rated] = numbers(await resolutionCounts(page))
  expect([solved, rated]).toEqual([before.resolution[0] + 1, before.resolution[1] + 1])
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-after.png`, fullPage: true })
})
