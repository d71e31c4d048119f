// A cadre on a village network that comes and goes: a check-in and a request made offline are kept
// on the phone (待发送), shown again when the page is reopened, and reach the cloud exactly once —
// when the network returns, and when the app is opened again after a reload.
import type { CDPSession, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { callAs } from './runtime'
import { exact, shot, tap, useDemoApp } from './app'

const app = useDemoApp()

const sessions = new WeakMap<Page, CDPSession>()

/** Cuts or restores the phone's network the way Chromium's devtools do (CDP; one session per page). */
async function network(page: Page, online: boolean) {
  let cdp = sessions.get(page)
  if (!cdp) {
    sessions.set(page, (cdp = await page.context().newCDPSession(page)))
    await cdp.send('Network.enable')
  }
  await cdp.send('Network.emulateNetworkConditions', { offline: !online, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
}

/** Today's stored check-in of this cadre (one per day: a resend would replace it with a new `at`). */
async function todaysCheckin(openid: string) {
  const res = await callAs(app.url, openid, 'checkins', { action: 'today' })
  return res.data.checkin as { health: string; mood: number; at: string } | null
}

async function requestsTitled(openid: string, title: string) {
  const res = await callAs(app.url, openid, 'requests', { action: 'list', box: 'mine' })
  return (res.data.items as Array<{ title: string }>).filter((r) => r.title === title)
}

test('an offline check-in is kept, shown when reopened offline, and stored once when the network returns', async () => {
  const cadre = app.routableCadres()[0]
  const page = await app.loginAs(cadre)
  await tap(page, '每日打卡')
  await exact(page, '提交打卡').or(exact(page, '同意并开始打卡')).first().waitFor()
  if (await exact(page, '同意并开始打卡').count()) await tap(page, '同意并开始打卡')
  await exact(page, '提交打卡').waitFor()
  const before = await todaysCheckin(cadre.openid)

  await network(page, false)
  await tap(page, '不适')
  await tap(page, '2 较差')
  await tap(page, '提交打卡')
  await exact(page, '待发送').first().waitFor()
  await shot(page, 'offline-checkin-queued')

  // back home and in again, still offline: the answers given, not the defaults
  await page.goBack()
  await exact(page, '待发送').first().waitFor()
  await tap(page, '每日打卡')
  await expect.poll(() => page.getByRole('radio', { name: '不适' }).filter({ visible: true }).getAttribute('aria-checked')).toBe('true')
  expect(await page.getByRole('radio', { name: '2 较差' }).filter({ visible: true }).getAttribute('aria-checked')).toBe('true')
  expect(await todaysCheckin(cadre.openid)).toEqual(before)

  await network(page, true)
  await expect.poll(async () => (await todaysCheckin(cadre.openid))?.at, { timeout: 20_000 }).not.toBe(before?.at)
  const stored = await todaysCheckin(cadre.openid)
  expect(stored).toMatchObject({ health: 'unwell', mood: 2 })
  await page.reload()
  await exact(page, '提交打卡').waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
  // not sent again after the reload: the same stored check-in, same time
  expect(await todaysCheckin(cadre.openid)).toEqual(stored)
  await page.context().close()
})

test('an offline request waits on the phone and is sent once when the app is opened again', async () => {
  const cadre = app.routableCadres()[1] ?? app.routableCadres()[0]
  const title = `村部停电影响办公${Date.now() % 1000}`
  const page = await app.loginAs(cadre)
  await tap(page, '提交诉求')
  await page.getByRole('textbox', { name: '一句话说明（4–40 字）' }).waitFor()
  await tap(page, '前帮后援')
  await tap(page, '物资设备')
  await page.getByRole('textbox', { name: '一句话说明（4–40 字）' }).fill(title)

  await network(page, false)
  await tap(page, '提交诉求', 'last')
  await exact(page, '待发送').first().waitFor()
  await shot(page, 'offline-request-queued')
  await page.goBack()
  await page.getByText(title).filter({ visible: true }).first().waitFor()
  expect(await requestsTitled(cadre.openid, title)).toHaveLength(0)

  // the phone is put away; later the app is opened again with the network back
  await network(page, true)
  await page.reload()
  await expect.poll(async () => (await requestsTitled(cadre.openid, title)).length, { timeout: 20_000 }).toBe(1)
  await exact(page, '已发送').first().waitFor()
  await shot(page, 'offline-request-sent')
  await page.reload()
  await exact(page, '已发送').first().waitFor()
  await page.waitForLoadState('networkidle')
  expect(await requestsTitled(cadre.openid, title)).toHaveLength(1)
  await page.context().close()
})
