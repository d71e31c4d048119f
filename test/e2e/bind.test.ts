// The admin invites a user who has no WeChat account bound yet; that person, on a new phone,
// binds with the code on the bind page and lands on the home of their role (SPEC §7.2).
import { expect, test } from 'vitest'
import { callAs } from './runtime'
import { exact, shot, tap, useDemoApp } from './app'
import { bindCodeBox, issueInvite, openBindPage } from './steps'

const app = useDemoApp()

test('an invite issued on the users screen binds a new WeChat user, who lands on their role’s home', async () => {
  const admin = app.users.find((u) => u.role === 'admin')!
  const invitee = (await (await fetch(`${app.url}/__dev/users`)).json()).find((u: { openid?: string }) => !u.openid)
  expect(invitee).toMatchObject({ role: 'county', name: '方若宁' })

  const adminPage = await app.loginAs(admin)
  await tap(adminPage, '用户管理')
  const code = await issueInvite(adminPage, invitee.name)
  await expect.poll(() => adminPage.locator('.qb-admin__qr img, img.qb-admin__qr').filter({ visible: true }).count()).toBeGreaterThan(0)
  await shot(adminPage, 'admin-invite-phone')
  await adminPage.setViewportSize({ width: 1280, height: 900 })
  await shot(adminPage, 'admin-invite-desktop')

  // a new phone: not one of the demo users, a WeChat account nobody has bound
  const phone = await openBindPage(app)
  await phone.goto(`${app.url}/#/pages/bind/index?code=${code.toLowerCase()}`) // as the QR code opens it
  await expect.poll(() => bindCodeBox(phone).inputValue()).toBe(code)
  await shot(phone, 'bind-page-phone')
  await tap(phone, '绑定')
  await exact(phone, `${invitee.name}，您好`).waitFor()
  await exact(phone, '全县诉求').waitFor()
  await shot(phone, 'bound-county-home')

  const invites = await callAs(app.url, admin.openid, 'admin', { action: 'invites' })
  expect(invites.data.items[0]).toMatchObject({ code, status: 'used', userName: invitee.name })
  await adminPage.context().close()
  await phone.context().close()
})
