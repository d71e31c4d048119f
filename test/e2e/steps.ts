// Steps several end-to-end stories take on the admin screens, the bind page and the cadre's
// request form, so each story reads as what the person does.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { exact, tap, type useDemoApp } from './app'

type App = ReturnType<typeof useDemoApp>

/** On the import screen: 选择文件 (or 重新选择文件) and pick this file in the browser's chooser. */
export async function uploadOrgFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.qb-import .nut-button').filter({ hasText: /选择文件/ }).click()
  await (await chooser).setFiles(path)
}

/** On 用户管理: finds the (unbound) user by name, taps 发邀请码 and reads the code on screen. */
export async function issueInvite(page: Page, name: string): Promise<string> {
  await page.getByRole('textbox', { name: '搜索用户' }).filter({ visible: true }).fill(name)
  await tap(page, '搜索')
  await page.locator('.qb-admin__card').filter({ hasText: name }).filter({ hasText: '未绑定' }).filter({ visible: true }).first().waitFor()
  await tap(page, '发邀请码')
  const codeBox = page.locator('.qb-admin__code').filter({ visible: true })
  await codeBox.waitFor()
  const code = (await codeBox.innerText()).trim()
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
  return code
}

/** A new phone with a WeChat account nobody has bound: the dev picker's 用新微信号绑定 opens the bind page. */
export async function openBindPage(app: App): Promise<Page> {
  const phone = await app.openFresh()
  await tap(phone, '用新微信号绑定')
  await bindCodeBox(phone).waitFor()
  return phone
}

export const bindCodeBox = (page: Page) => page.getByRole('textbox', { name: '邀请码' }).filter({ visible: true })

/** From the cadre's home: 提交诉求 → 前帮后援 / 技术指导, a title and a description, submit. */
export async function submitSupportRequest(page: Page, title: string, description: string, beforeSubmit?: () => Promise<void>): Promise<void> {
  await tap(page, '提交诉求')
  const titleBox = page.getByRole('textbox', { name: '一句话说明（4–40 字）' })
  await titleBox.waitFor()
  await tap(page, '前帮后援')
  await tap(page, '技术指导')
  await titleBox.fill(title)
  await page.getByRole('textbox', { name: /具体情况/ }).fill(description)
  await beforeSubmit?.()
  await tap(page, '提交诉求', 'last')
  await page.getByText(title).filter({ visible: true }).first().waitFor()
  await exact(page, '待签收').first().waitFor()
}
