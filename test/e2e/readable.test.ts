// Older users on a phone (SPEC §11, issue 13): every role's screens make no request outside the
// app's own server, pass axe-core's contrast / label / target-size rules, and at 1.5× text the
// request detail, the check-in form and the dashboard have no text box over another; the app's text
// arrives compressed.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { shot, tap, useDemoApp } from './app'
import { axe, cramped, overlaps, squeezed, textBoxes, walk, type AxeViolation } from './screens'

const app = useDemoApp()
const ROLES = ['cadre', 'liaison', 'secretary', 'county', 'admin']

/** Records every request the page makes that does not go to the app's own origin. */
function foreignRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(app.url) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.push(url)
  })
  return seen
}

test('no screen of any role asks another server for anything, and axe finds no contrast, label or target-size problem', async () => {
  const foreign: string[] = []
  const problems: Array<{ screen: string } & AxeViolation> = []
  for (const role of ROLES) {
    const user = app.users.find((u) => u.role === role)!
    const page = await app.loginAs(user)
    const seen = foreignRequests(page)
    await page.waitForLoadState('networkidle')
    await walk(page, role, async (screen) => {
      for (const v of await axe(page)) problems.push({ screen, ...v })
    })
    foreign.push(...seen)
    await page.context().close()
  }
  expect(foreign).toEqual([])
  expect(problems.map((p) => `${p.screen}: ${p.id} ${p.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
})

test('the start page and its scripts and styles arrive brotli- or gzip-compressed and decode to the built files', async () => {
  const html = await (await fetch(app.url, { headers: { 'accept-encoding': 'identity' } })).text()
  const assets = ['/', ...[...html.matchAll(/(?:src|href)="(\/(?:js|css)\/[^"]+)"/g)].map((m) => m[1])]
  expect(assets.length).toBeGreaterThan(2)
  for (const asset of assets) {
    const plain = await fetch(app.url + asset, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding'), asset).toBeNull()
    const text = await plain.text()
    for (const encoding of ['br', 'gzip']) {
      // fetch decodes the body as a browser does
      const res = await fetch(app.url + asset, { headers: { 'accept-encoding': encoding } })
      expect(res.headers.get('content-encoding'), `${asset} ${encoding}`).toBe(encoding)
      expect(await res.text(), `${asset} ${encoding}`).toBe(text)
    }
  }
})

/** 150 % of the browser's default size: what a phone's large-text setting does to the H5 app. */
async function largeText(page: Page) {
  await page.addStyleTag({ content: 'html { font-size: 150% !important; }' })
  await page.waitForTimeout(300)
}

async function expectReadable(page: Page, name: string) {
  await largeText(page)
  await shot(page, `large-${name}`)
  const boxes = await textBoxes(page)
  expect(boxes.length).toBeGreaterThan(3)
  expect(overlaps(boxes), name).toEqual([])
  expect(squeezed(boxes, 24), name).toEqual([])
  expect(cramped(boxes), name).toEqual([])
}

test('at 1.5× text the request detail, the check-in form and the dashboard wrap instead of overlapping', async () => {
  const cadre = app.routableCadres()[0]
  const page = await app.loginAs(cadre)
  await tap(page, '我的诉求')
  await page.locator('.qb-card').filter({ visible: true }).first().click({ force: true })
  await page.waitForLoadState('networkidle')
  await expectReadable(page, 'request-detail')

  await page.goto(app.url)
  await tap(page, '每日打卡')
  const consent = page.getByText('同意并开始打卡', { exact: true }).filter({ visible: true })
  await page.waitForLoadState('networkidle')
  if (await consent.count()) await consent.first().click({ force: true })
  await page.getByText('提交打卡', { exact: true }).filter({ visible: true }).waitFor()
  await expectReadable(page, 'checkin')
  await page.context().close()

  const secretary = app.users.find((u) => u.role === 'secretary')!
  const dash = await app.loginAs(secretary)
  await tap(dash, '数据看板')
  await dash.waitForLoadState('networkidle')
  await dash.waitForTimeout(500)
  await expectReadable(dash, 'dashboard')
  await dash.context().close()
})
