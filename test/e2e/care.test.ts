// A cadre checks in unwell on two days through the UI (dev clock moved between them); the liaison
// of her home unit sees the care task with her notes and records a phone talk; the township
// secretary sees the closed task — name, reasons, status — and neither the note nor the summary.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { callAs, openBrowser, phonePage, SCREENSHOTS, startRuntime } from './runtime'

const NOTE = '头疼得厉害，晚上睡不着'
const SUMMARY = '电话谈心，已联系乡卫生院复诊，单位安排同事协助入户工作'

let rt: Awaited<ReturnType<typeof startRuntime>>
let browser: Browser

beforeAll(async () => {
  rt = await startRuntime()
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  rt?.stop()
})

async function setClock(now: string) {
  const res = await fetch(`${rt.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now }) })
  expect(res.ok).toBe(true)
}

async function signIn(name: string): Promise<Page> {
  const page = await phonePage(browser)
  await page.goto(rt.url)
  await page.getByText(name, { exact: true }).first().click({ force: true })
  await page.getByText(`${name}，您好`).waitFor()
  return page
}

/** Taro's H5 views re-lay out while the page settles; the tap goes to the element's centre regardless. */
/** Taps once the page stands still: a tap while Taro's router slides the page in lands beside its target. */
async function tap(page: Page, text: string | RegExp, exact = true) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.getByText(text, typeof text === 'string' ? { exact } : {}).first().click({ force: true })
}

/** After the page's slide-in transition, so the picture shows the page alone. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${SCREENSHOTS}/care-${name}.png`, fullPage: true })
}

test('unwell twice → the liaison records a phone talk → the secretary sees it closed, without notes', async () => {
  // 林春梅 (新田村, 石桥镇) was sent by 县水利局, whose liaison is 黄丽; 罗红梅 is 石桥镇's secretary.
  await setClock('2026-12-03T09:00:00+08:00')
  const cadre = await signIn('林春梅')
  await tap(cadre, '每日打卡')
  await cadre.getByText('同意并开始打卡').waitFor()
  await shot(cadre, '1-consent')
  await tap(cadre, '同意并开始打卡', false)
  await cadre.getByText('提交打卡').waitFor()
  await tap(cadre, '不适')
  await tap(cadre, '提交打卡', false)
  await cadre.getByText(/今日已打卡/).waitFor()
  await shot(cadre, '2-checkin-day1')

  await setClock('2026-12-04T09:00:00+08:00')
  await cadre.reload()
  await cadre.getByText('12月4日 周五').waitFor()
  expect(await cadre.getByText(/今日已打卡/).count()).toBe(0)
  await cadre.locator('textarea').first().fill(NOTE)
  await tap(cadre, '提交打卡', false) // prefilled 不适 from yesterday: one tap
  await cadre.getByText(/今日已打卡（不适）/).waitFor()
  await shot(cadre, '3-checkin-day2')

  const liaison = await signIn('黄丽')
  await tap(liaison, '关怀任务')
  await liaison.getByText('林春梅').waitFor()
  await liaison.getByText('原因：连续身体不适').waitFor()
  await shot(liaison, '4-liaison-tasks')
  await tap(liaison, '林春梅', false)
  await liaison.getByText(`备注：${NOTE}`).waitFor()
  await tap(liaison, '电话')
  await liaison.getByRole('radio', { name: '电话', checked: true }).waitFor()
  await liaison.locator('textarea').first().fill(SUMMARY)
  await shot(liaison, '5-liaison-record')
  await tap(liaison, '保存并办结', false)
  await liaison.getByText('已谈心').waitFor()
  await liaison.getByText(`谈话情况：${SUMMARY}`).waitFor()
  // once closed, the cadre's check-ins are no longer shown to the liaison
  expect(await liaison.getByText(`备注：${NOTE}`).count()).toBe(0)
  await shot(liaison, '6-liaison-closed')

  const secretary = await signIn('罗红梅')
  await tap(secretary, '干部关怀')
  await secretary.getByText('林春梅').waitFor()
  await secretary.getByText(/个工作日打卡率/).waitFor()
  const card = secretary.locator('.qb-care-card', { hasText: '林春梅' })
  await expect(card.getByText('已谈心').count()).resolves.toBe(1)
  await expect(card.getByText('原因：连续身体不适').count()).resolves.toBe(1)
  await shot(secretary, '7-secretary-overview')
  await card.click({ force: true })
  await secretary.getByText(/谈心：2026-12-04 电话/).waitFor()
  await shot(secretary, '8-secretary-task')
  const seen = await secretary.locator('body').innerText()
  expect(seen).not.toContain(NOTE)
  expect(seen).not.toContain(SUMMARY)

  // and the answer the secretary's screen was built from carries neither
  const list = await callAs(rt.url, 'dev-secretary-3', 'care', { action: 'list' })
  expect(JSON.stringify(list)).not.toMatch(/头疼|谈话纪要|summary|note/)
})

test('the health file takes dates from a picker and flags an old exam and ending insurance', async () => {
  const page = await signIn('周志强')
  const cadre = ((await (await fetch(`${rt.url}/__dev/users`)).json()) as Array<{ name: string; openid: string }>).find((u) => u.name === '周志强')!
  const res = await callAs(rt.url, cadre.openid, 'care', { action: 'updateHealthFile', lastExamDate: '2024-05-10', insuranceUntil: null })
  expect(res.ok, JSON.stringify(res.error)).toBe(true)
  await tap(page, '健康档案')
  await page.getByText('上次体检是 2024-05-10，已超过 12 个月，请尽快安排体检').filter({ visible: true }).waitFor()
  await tap(page, '修改')
  // Dates are chosen, not typed: no text box for them.
  await page.getByRole('button', { name: /^意外险有效期至：/ }).filter({ visible: true }).waitFor()
  await expect(page.locator('input[placeholder="如 2027-06-30"]').count()).resolves.toBe(0)
  await shot(page, 'health-file')
  await page.context().close()
})
