// A county starts using the product (SPEC §7.1, §7.2): the admin downloads the import template,
// fills it for a small county, uploads it, sees a clean check and applies it; finds the new cadre on
// 用户管理 and issues an invite; the cadre, on a new phone, binds with the code and lands on their
// home; their first support request goes to the liaison of the village's lead unit from the file.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { OrgTables } from '../../scripts/org-workbook'
import { exact, shot, tap, useDemoApp, type DevUser } from './app'
import { callAs } from './runtime'
import { bindCodeBox, issueInvite, openBindPage, submitSupportRequest, uploadOrgFile } from './steps'

const app = useDemoApp()

/**
 * 清水县: two townships, four villages, two units. The cadre is sent by 县卫生健康局 but stationed
 * in 河口村, whose lead unit is 县交通运输局: a support request must go to 周建国, not to 吴晓梅.
 */
const COUNTY: OrgTables = {
  地区: [
    ['430188', '清水县', '县', ''],
    ['430188001', '清水镇', '乡镇', '430188'],
    ['430188002', '石门乡', '乡镇', '430188'],
    ['430188001001', '河口村', '村', '430188001'],
    ['430188001002', '柳树村', '村', '430188001'],
    ['430188002001', '石门村', '村', '430188002'],
    ['430188002002', '白沙村', '村', '430188002'],
  ],
  单位: [
    ['QS-JT', '清水县交通运输局', '430188'],
    ['QS-WJ', '清水县卫生健康局', '430188'],
  ],
  结对: [
    ['430188001001', 'QS-JT', '是'],
    ['430188001001', 'QS-WJ', '否'],
    ['430188001002', 'QS-WJ', '是'],
    ['430188002001', 'QS-JT', '是'],
    ['430188002002', 'QS-WJ', '是'],
  ],
  人员: [
    ['周建国', '13977001001', '联络员', '', '', 'QS-JT', '', '', '是'],
    ['吴晓梅', '13977001002', '联络员', '', '', 'QS-WJ', '', '', '是'],
    ['陈立新', '13977001003', '驻村干部', '430188001001', 'QS-WJ', '', '', '', '是'],
    ['林秀英', '13977001004', '乡镇书记', '', '', '', '430188001', '', '是'],
  ],
}

/** What the admin does in Excel: the template's example rows give way to the county's rows. */
async function fillTemplate(template: string, tables: OrgTables): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(template)
  for (const ws of wb.worksheets) {
    const rows = tables[ws.name as keyof OrgTables]
    rows.forEach((row, i) => (ws.getRow(i + 2).values = row))
  }
  const path = join(mkdtempSync(join(tmpdir(), 'qbhy-e2e-onboard-')), '清水县.xlsx')
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()))
  return path
}

async function devUsers(): Promise<DevUser[]> {
  return (await (await fetch(`${app.url}/__dev/users`)).json()) as DevUser[]
}

async function importCounty(page: Page): Promise<void> {
  await tap(page, '导入组织')
  await page.locator('.qb-import').waitFor({ state: 'visible' })
  const download = page.waitForEvent('download')
  await page.locator('.qb-import .nut-button').filter({ hasText: '下载导入模板' }).click()
  const template = await (await download).path()
  await uploadOrgFile(page, await fillTemplate(template, COUNTY))
  await exact(page, '检查通过，可以导入').waitFor()
  expect(await page.locator('.qb-import__problem').count()).toBe(0)
  const counts = await page.locator('.qb-import__counts').filter({ visible: true }).first().innerText()
  for (const sheet of ['地区', '单位', '结对', '人员']) expect(counts).toContain(sheet)
  await shot(page, 'onboard-import-checked')
  await page.locator('.qb-import .nut-button').filter({ hasText: '确认导入' }).click()
  // 7 regions + 2 units + 5 pairings + 4 people
  await exact(page, '导入完成，共写入 18 条记录').waitFor({ timeout: 60_000 })
  await shot(page, 'onboard-import-done')
}

test('the admin onboards a small county; its cadre binds with an invite and a first request reaches the lead unit', { timeout: 180_000 }, async () => {
  const admin = app.users.find((u) => u.role === 'admin')!
  const adminPage = await app.loginAs(admin)
  await importCounty(adminPage)
  const imported = (await devUsers()).filter((u) => u.phone?.startsWith('1397700'))
  expect(imported.map((u) => u.name).sort()).toEqual(['吴晓梅', '周建国', '林秀英', '陈立新'].sort())

  // back to the admin's home, then 用户管理: the new cadre is there, in 河口村, not bound yet
  await adminPage.goBack()
  await tap(adminPage, '用户管理')
  const code = await issueInvite(adminPage, '陈立新')
  expect(await adminPage.locator('.qb-admin__card').filter({ hasText: '陈立新' }).filter({ visible: true }).first().innerText()).toContain('河口村')
  await shot(adminPage, 'onboard-invite')

  // the cadre's own phone: a WeChat account nobody has bound
  const phone = await openBindPage(app)
  await bindCodeBox(phone).fill(code)
  await shot(phone, 'onboard-bind')
  await tap(phone, '绑定')
  await exact(phone, '陈立新，您好').waitFor()
  for (const entry of ['提交诉求', '我的诉求']) await exact(phone, entry).first().waitFor()
  await shot(phone, 'onboard-cadre-home')

  const title = `河口村道路硬化技术指导${Date.now() % 1000}`
  await submitSupportRequest(phone, title, '村里新修的两公里通组路需要硬化，想请交通部门派人指导施工标准。')
  // the detail the cadre lands on names who handles it: the lead unit of 河口村 and its liaison
  await exact(phone, '清水县交通运输局').waitFor()
  await exact(phone, '周建国').waitFor()
  await shot(phone, 'onboard-cadre-submitted')

  // through the gateway, as the cadre's bound WeChat account and as the lead unit's liaison
  const people = await devUsers()
  const cadre = people.find((u) => u.phone === '13977001003')!
  const lead = people.find((u) => u.phone === '13977001001')!
  expect(cadre.openid).toBeTruthy()
  const mine = await callAs(app.url, cadre.openid, 'requests', { action: 'list', box: 'mine' })
  const req = mine.data.items.find((r: { title: string }) => r.title === title)
  expect(req).toMatchObject({ status: 'assigned', assigneeId: lead.id })

  const invites = await callAs(app.url, admin.openid, 'admin', { action: 'invites' })
  expect(invites.data.items.find((i: { code: string }) => i.code === code)).toMatchObject({ status: 'used', userName: '陈立新' })
  await adminPage.context().close()
  await phone.context().close()
})
