// A cadre submits through the UI, the liaison signs for and resolves it through the UI, the cadre
// rates it and sees it closed. Saves a screenshot of each role's main screen on the way.
import { expect, test } from 'vitest'
import { callAs } from './runtime'
import { exact, shot, tap, useDemoApp } from './app'
import { submitSupportRequest } from './steps'

const app = useDemoApp()

test('a request goes from the cadre’s phone to the liaison and back to closed', async () => {
  const cadre = app.routableCadres()[0]
  const title = `村部网络经常中断${Date.now() % 1000}`

  const cadrePage = await app.loginAs(cadre)
  await exact(cadrePage, '我的诉求').waitFor()
  await shot(cadrePage, 'cadre-home')
  await submitSupportRequest(cadrePage, title, '村委会宽带每天下午断线，影响线上填报，需要协调运营商。', () => shot(cadrePage, 'cadre-submit'))

  const mine = await callAs(app.url, cadre.openid, 'requests', { action: 'list', box: 'mine' })
  const req = mine.data.items.find((r: { title: string }) => r.title === title)
  expect(req.status).toBe('assigned')
  const liaison = app.users.find((u) => u.id === req.assigneeId)!

  const liaisonPage = await app.loginAs(liaison)
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
  await exact(cadrePage, '待您评价').waitFor() // the rating form is open first on the screen
  await tap(cadrePage, '是')
  await tap(cadrePage, '满意')
  await tap(cadrePage, '提交评价')
  await exact(cadrePage, '已关闭').first().waitFor()
  await shot(cadrePage, 'cadre-detail-closed')

  // the liaison's 待办 no longer holds it; 已办结 does
  await liaisonPage.goBack()
  await exact(liaisonPage, '已办结').first().waitFor()
  await liaisonPage.reload()
  await exact(liaisonPage, '已办结').first().waitFor()
  await liaisonPage.waitForLoadState('networkidle')
  expect(await liaisonPage.getByText(title).filter({ visible: true }).count()).toBe(0)
  await tap(liaisonPage, '已办结')
  await liaisonPage.getByText(title).filter({ visible: true }).first().waitFor()
  await shot(liaisonPage, 'liaison-inbox-closed')

  const final = await callAs(app.url, cadre.openid, 'requests', { action: 'get', id: req.id })
  expect(final.data).toMatchObject({ status: 'closed', rating: { solved: true, satisfaction: 'satisfied' } })
  expect(final.data.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['submit', 'signFor', 'resolve', 'confirm', 'close']))
})

// What each role sees on landing: its greeting, its role and its own entries, none of a cadre's.
const LANDING: Record<string, { role: string; entries: string[] }> = {
  secretary: { role: '乡镇党委书记', entries: ['待派单', '督办', '本乡镇诉求', '干部关怀', '数据看板', '消息通知'] },
  county: { role: '县委组织部', entries: ['全县诉求', '数据看板', '本县用户', '邀请码', '消息通知'] },
  admin: { role: '管理员', entries: ['导入组织', '用户管理', '邀请码', '工作日历', '系统设置', '操作日志', '消息通知'] },
}

test('the secretary, county staff and admin each land on their main screen', async () => {
  for (const [role, landing] of Object.entries(LANDING)) {
    const user = app.users.find((u) => u.role === role)!
    const page = await app.loginAs(user)
    await exact(page, `${user.name}，您好`).waitFor()
    await exact(page, landing.role).waitFor()
    for (const entry of landing.entries) await exact(page, entry).first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await exact(page, '提交诉求').count()).toBe(0)
    await shot(page, `${role}-home`)
    await page.context().close()
  }
})
