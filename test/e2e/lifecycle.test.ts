// The rest of the lifecycle through the screens (SPEC §3.3, §3.5): return → dispatch; requestInfo →
// reply; unsatisfied → reopen → resolve → closed; an overdue request shows as supervised to the
// township secretary. Set-up steps go through the functions; what a user decides goes through the UI.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { callAs } from './runtime'
import { exact, shot, tap, type, useDemoApp } from './app'

const app = useDemoApp()

async function openDetail(page: Page, id: string): Promise<void> {
  await page.goto(`${app.url}/#/features/requests/pages/detail/index?id=${id}`)
  await exact(page, '办理过程').waitFor()
}

async function submit(cadreId: string, title: string, kind = 'difficulty', category = 'transport') {
  const res = await callAs(app.url, app.user(cadreId).openid, 'requests', {
    action: 'submit',
    clientRequestId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    kind,
    category,
    title,
    description: '村里到乡镇的班车停了，开会和办事都要步行两小时。',
    urgency: 'normal',
  })
  expect(res.ok).toBe(true)
  return res.data as { id: string; assigneeId: string; status: string }
}

/** a 2×2 red PNG */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg=='

const get = async (openid: string, id: string) => (await callAs(app.url, openid, 'requests', { action: 'get', id })).data

test('退单 goes back to the township, and the secretary’s 派单 places it with another unit for good', async () => {
  const cadre = app.user('u-cadre-1')
  const req = await submit(cadre.id, '村到镇班车停运')
  const liaison = app.user(req.assigneeId)

  const liaisonPage = await app.loginAs(liaison)
  await openDetail(liaisonPage, req.id)
  await tap(liaisonPage, '退单')
  await type(liaisonPage, '为什么不属于本单位办理', '太短')
  await tap(liaisonPage, '确认退单')
  await liaisonPage.getByRole('alert').filter({ hasText: '退单理由至少 5 个字' }).waitFor()
  await type(liaisonPage, '为什么不属于本单位办理', '班车属于交通部门职责，请乡镇改派')
  await tap(liaisonPage, '确认退单')
  await exact(liaisonPage, '待派单').first().waitFor()
  await liaisonPage.context().close()

  const secretary = app.users.find((u) => u.role === 'secretary' && u.townshipId === 'r-town-1')!
  const secPage = await app.loginAs(secretary)
  await tap(secPage, '待派单')
  const card = secPage.locator('.qb-card').filter({ hasText: '村到镇班车停运' }).filter({ visible: true })
  await card.waitFor()
  await card.getByText('派单', { exact: true }).click({ force: true })
  // 县供销社 has no liaison: shown with the reason, and it cannot be chosen (the server refuses it too).
  await card.getByText('暂无在岗联络员，无人签收，不可选', { exact: true }).waitFor()
  await expect(card.getByText(/^\d 名联络员：/).count()).resolves.toBeGreaterThan(0)
  await shot(secPage, 'secretary-dispatch')
  await card.getByText('县供销社', { exact: true }).click({ force: true })
  await card.getByText('确认派单', { exact: true }).click({ force: true })
  await card.getByText('请选择承办单位', { exact: true }).waitFor()
  const refused = await callAs(app.url, secretary.openid, 'requests', { action: 'dispatch', id: req.id, unitId: 'unit-6' })
  expect(refused.error?.code).toBe('DISPATCH.NO_LIAISON')
  expect((await get(cadre.openid, req.id)).status).toBe('pending_dispatch')
  await card.getByText('县交通运输局', { exact: true }).click({ force: true })
  await card.getByText('确认派单', { exact: true }).click({ force: true })
  await card.waitFor({ state: 'detached' })

  const after = await get(cadre.openid, req.id)
  expect(after).toMatchObject({ status: 'assigned', assignedUnitId: 'unit-2', dispatchFinal: true })
  expect(after.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['return', 'dispatch']))

  // the unit it was dispatched to may sign for it but not hand it back (终审)
  const newLiaison = await app.loginAs(app.user(after.assigneeId))
  await openDetail(newLiaison, req.id)
  await exact(newLiaison, '签收').waitFor()
  expect(await newLiaison.locator('.qb-actions').filter({ visible: true }).getByText('退单', { exact: true }).count()).toBe(0)
  await newLiaison.context().close()
  await secPage.context().close()
})

test('要求补充 pauses the request until the cadre answers with 补充说明', async () => {
  const cadre = app.user('u-cadre-1')
  const req = await submit(cadre.id, '宿舍冬季取暖设备不足', 'difficulty', 'lodging')
  const liaison = app.user(req.assigneeId)
  await callAs(app.url, liaison.openid, 'requests', { action: 'signFor', id: req.id })

  const liaisonPage = await app.loginAs(liaison)
  await openDetail(liaisonPage, req.id)
  await tap(liaisonPage, '要求补充')
  await type(liaisonPage, '请提交人补充的情况或材料', '请说明宿舍面积和现有取暖设备')
  await tap(liaisonPage, '发送')
  await exact(liaisonPage, '待补充').first().waitFor()

  // The liaison sees who asked for help, where, and how to call them.
  await exact(liaisonPage, '13907310001').waitFor()
  await exact(liaisonPage, '周志强').first().waitFor()
  await exact(liaisonPage, '东坪村').waitFor()

  // The cadre is told the question itself, and finds it first on the request with the reply box.
  const notices = (await callAs(app.url, cadre.openid, 'notifications', { action: 'list' })).data.items
  expect(notices.find((n: { requestId: string }) => n.requestId === req.id)?.body).toContain('请说明宿舍面积和现有取暖设备')
  const cadrePage = await app.loginAs(cadre)
  await openDetail(cadrePage, req.id)
  await exact(cadrePage, '待您补充').waitFor()
  await exact(cadrePage, '承办人问：请说明宿舍面积和现有取暖设备').waitFor()
  const askTop = (await cadrePage.locator('.qb-ask').filter({ visible: true }).boundingBox())!.y
  const fieldsTop = (await cadrePage.locator('.qb-fields').filter({ visible: true }).boundingBox())!.y
  expect(askTop).toBeLessThan(fieldsTop)
  await exact(cadrePage, liaison.phone!).waitFor() // who handles it, and their phone
  await shot(cadrePage, 'detail-ask-reply')
  await type(cadrePage, '回答承办人的问题', '宿舍约20平方米，只有一台小电暖器')
  await tap(cadrePage, '提交补充')
  await exact(cadrePage, '办理中').first().waitFor()
  expect((await get(cadre.openid, req.id)).status).toBe('in_progress')
  await liaisonPage.context().close()
  await cadrePage.context().close()
})

test('the secretary finds a request by number or title words, and narrows the list to what is overdue', async () => {
  const cadre = app.user('u-cadre-1')
  const req = await submit(cadre.id, '筛选测试：村委会网络中断')
  const { no } = await get(cadre.openid, req.id)
  const secretary = app.users.find((u) => u.role === 'secretary' && u.townshipId === 'r-town-1')!
  const page = await app.loginAs(secretary)
  await tap(page, '本乡镇诉求')
  await exact(page, '搜索编号或标题').waitFor()
  const cards = page.locator('.qb-card').filter({ visible: true })
  await cards.first().waitFor()
  await shot(page, 'secretary-list')
  const search = page.getByRole('searchbox', { name: '搜索编号或标题' }).filter({ visible: true }).first()
  await search.fill(no)
  await tap(page, '搜索')
  await expect.poll(() => cards.count()).toBe(1)
  await cards.filter({ hasText: '筛选测试：村委会网络中断' }).waitFor()
  await search.fill('网络中断')
  await tap(page, '搜索')
  await cards.filter({ hasText: '筛选测试：村委会网络中断' }).waitFor()
  await tap(page, '只看超期')
  await exact(page, '暂无诉求').or(cards.first()).first().waitFor()
  await expect.poll(() => cards.filter({ hasText: '筛选测试：村委会网络中断' }).count()).toBe(0) // not overdue yet
  await shot(page, 'secretary-list-filters')
  await tap(page, '清除筛选')
  await expect.poll(() => cards.count()).toBeGreaterThan(1)
  await page.context().close()
})

test('不满意 reopens the request with the same unit; resolved again and rated, it closes', async () => {
  const cadre = app.user('u-cadre-1')
  const req = await submit(cadre.id, '村部办公电脑老旧无法使用', 'difficulty', 'office')
  const liaison = app.user(req.assigneeId)
  await callAs(app.url, liaison.openid, 'requests', { action: 'signFor', id: req.id })
  await callAs(app.url, liaison.openid, 'requests', { action: 'resolve', id: req.id, note: '已调拨一台旧电脑' })

  const cadrePage = await app.loginAs(cadre)
  await openDetail(cadrePage, req.id)
  await exact(cadrePage, '待您评价').waitFor() // the rating form is open at the top
  await exact(cadrePage, '办结说明：已调拨一台旧电脑').waitFor()
  await tap(cadrePage, '否')
  await tap(cadrePage, '不满意')
  await tap(cadrePage, '提交评价')
  await exact(cadrePage, '办理中').first().waitFor()
  await exact(cadrePage, '不满意，重新办理').waitFor()

  const liaisonPage = await app.loginAs(liaison)
  await openDetail(liaisonPage, req.id)
  await tap(liaisonPage, '办结')
  await type(liaisonPage, '办理了什么、结果如何', '已采购新电脑并安装办公软件')
  const chooser = liaisonPage.waitForEvent('filechooser')
  await tap(liaisonPage, '添加照片')
  await (await chooser).setFiles({ name: 'new-pc.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') })
  await liaisonPage.locator('.qb-panel .qb-photos__img').filter({ visible: true }).first().waitFor()
  // the upload's loading mask fades out before a tap can reach the form again
  await liaisonPage.waitForFunction(() => [...document.querySelectorAll('.taro__toast')].every((e) => getComputedStyle(e).display === 'none'))
  await tap(liaisonPage, '确认办结')
  await exact(liaisonPage, '已办结待评价').first().waitFor()
  // the uploaded photo comes back from local cloud storage as a thumbnail (loaded when scrolled to)
  await liaisonPage.locator('.qb-timeline .qb-photos__img').filter({ visible: true }).last().scrollIntoViewIfNeeded()
  await liaisonPage.waitForFunction(() =>
    [...document.querySelectorAll('.qb-timeline img')].some((img) => (img as HTMLImageElement).naturalWidth > 0),
  )

  await cadrePage.reload()
  await exact(cadrePage, '待您评价').waitFor()
  await tap(cadrePage, '是')
  await tap(cadrePage, '满意')
  await tap(cadrePage, '提交评价')
  await exact(cadrePage, '已关闭').first().waitFor()
  await shot(cadrePage, 'detail-timeline-closed')

  const final = await get(cadre.openid, req.id)
  expect(final).toMatchObject({ status: 'closed', reopenCount: 1 })
  expect(final.resolutionPhotos).toEqual([expect.stringMatching(/^cloud:\/\//)])
  expect(final.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining(['resolve', 'confirm', 'reopen', 'resolve', 'confirm', 'close']),
  )
  await liaisonPage.context().close()
  await cadrePage.context().close()
})

test('an overdue request shows as supervised to the township secretary and overdue in the inbox', async () => {
  const cadre = app.user('u-cadre-1')
  const req = await submit(cadre.id, '驻村经费报销迟迟未到账', 'difficulty', 'family')
  const liaison = app.user(req.assigneeId)

  const clock = await (await fetch(`${app.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: 14 * 24 * 60 }) })).json()
  expect(clock.now).toBeTruthy()
  const run = await fetch(`${app.url}/__dev/trigger/scheduler`, { method: 'POST' })
  expect(run.ok).toBe(true)
  expect((await get(cadre.openid, req.id)).supervision).toBeGreaterThanOrEqual(1)

  const secretary = app.users.find((u) => u.role === 'secretary' && u.townshipId === 'r-town-1')!
  const secPage = await app.loginAs(secretary, clock.now)
  await secPage.locator('.qb-home__badge').filter({ visible: true }).waitFor()
  await shot(secPage, 'secretary-home')
  await tap(secPage, '督办')
  const card = secPage.locator('.qb-card').filter({ hasText: '驻村经费报销迟迟未到账' }).filter({ visible: true })
  await card.waitFor()
  await expect(card.getByText('超期', { exact: true }).count()).resolves.toBe(1)
  await expect(card.getByText(/督办$/).count()).resolves.toBeGreaterThan(0)
  await shot(secPage, 'secretary-supervision')

  const liaisonPage = await app.loginAs(liaison, clock.now)
  await tap(liaisonPage, '待办工单')
  const inboxCard = liaisonPage.locator('.qb-card').filter({ hasText: '驻村经费报销迟迟未到账' }).filter({ visible: true })
  await inboxCard.getByText(/签收超期 \d+ 天/).waitFor()
  await shot(liaisonPage, 'liaison-inbox-countdown')
  await inboxCard.click({ force: true })
  await exact(liaisonPage, '办理过程').waitFor()
  await shot(liaisonPage, 'liaison-detail-actions')

  const notes = await app.loginAs(liaison)
  await tap(notes, '消息通知')
  await notes.waitForLoadState('networkidle')
  await shot(notes, 'notifications')
  await secPage.context().close()
  await liaisonPage.context().close()
  await notes.context().close()
})
