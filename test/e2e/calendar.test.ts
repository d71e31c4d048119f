// The admin, in December with next year's schedule missing, sees the warning on the home screen,
// opens 工作日历 on a phone, pastes the State Council notice, reviews and applies it, and sees the
// holiday and make-up days coloured; then the same screen at desktop width.
import { expect, test } from 'vitest'
import { callAs } from './runtime'
import { exact, shot, tap, useDemoApp } from './app'

const app = useDemoApp()

// In the notice's form, for the test only; NOT the official 2027 schedule.
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（周五）至11日（周四）放假调休，共7天。2月14日（周日）上班。',
].join('\n')

const cell = (date: string) => `.qb-cal-cell[data-date="${date}"]`

test('the admin pastes the notice at phone width, applies it, and sees the days coloured', async () => {
  await fetch(`${app.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2026-12-02T10:00:00+08:00' }) })
  const admin = app.users.find((u) => u.role === 'admin')!
  const page = await app.loginAs(admin, '2026-12-02T10:00:00+08:00')
  await page.setViewportSize({ width: 375, height: 812 })
  await exact(page, /尚未录入2027年法定节假日安排/).first().waitFor()
  await shot(page, 'calendar-home-warning')

  await tap(page, '工作日历')
  await page.locator(cell('2027-02-08')).waitFor()
  expect(await page.locator(cell('2027-02-08')).getAttribute('class')).toContain('qb-cal-cell--workday') // Mon–Fri before
  const width = await page.locator(cell('2027-02-08')).evaluate((el) => el.getBoundingClientRect().width)
  expect(width).toBeGreaterThanOrEqual(44)

  await page.locator('.qb-cal-notice__text textarea').fill(NOTICE_2027)
  await tap(page, '识别通知')
  await exact(page, '2027年：放假 10 天，调休上班 1 天。请核对后确认。').waitFor()
  await shot(page, 'calendar-review-phone')
  await tap(page, '确认应用')
  await exact(page, '已应用2027年放假安排').waitFor()

  expect(await page.locator(cell('2027-02-08')).getAttribute('class')).toContain('qb-cal-cell--holiday')
  expect(await page.locator(cell('2027-02-14')).getAttribute('class')).toContain('qb-cal-cell--makeup')
  expect(await page.locator(cell('2027-02-14')).textContent()).toContain('班·改') // kind and override, not colour alone
  expect(await page.locator(cell('2027-02-08')).textContent()).toContain('休·改')
  expect(await page.locator(cell('2027-02-12')).getAttribute('class')).toContain('qb-cal-cell--workday')
  await page.locator(cell('2027-02-08')).scrollIntoViewIfNeeded()
  await shot(page, 'calendar-applied-phone')

  // Tap a date: 休息 makes it a day off.
  await page.locator(cell('2027-03-01')).click()
  await tap(page, '休息')
  await page.locator(`${cell('2027-03-01')}.qb-cal-cell--holiday`).waitFor()

  const warning = await callAs(app.url, admin.openid, 'admin', { action: 'calendarWarning' })
  expect(warning).toEqual({ ok: true, data: { year: null } })

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.locator('.qb-cal-head').scrollIntoViewIfNeeded()
  await shot(page, 'calendar-desktop')
}, 120_000)

test('the warning arriving late does not move the home entries under a tap', async () => {
  // November 2027 with 2028 missing: the admin home asks the admin function and shows the banner
  await fetch(`${app.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2027-11-15T10:00:00+08:00' }) })
  const admin = app.users.find((u) => u.role === 'admin')!
  const page = await app.loginAs(admin, '2027-11-15T10:00:00+08:00')
  await exact(page, /尚未录入2028年/).first().waitFor()
  // a cold function answers late: hold the answer, read where 导入组织 is, then let the banner in
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/__cloud/call/admin', async (route) => (await held, route.continue()))
  await page.reload()
  const entry = exact(page, '导入组织').first()
  await entry.waitFor()
  const box = (await entry.boundingBox())!
  release()
  await exact(page, /尚未录入2028年/).first().waitFor()
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2) // where the person aimed
  await page.locator('.qb-import').waitFor({ state: 'visible' })
  await page.context().close()
})
