// The admin onboards a small county: opens 导入组织, uploads a filled template with a mistake and
// sees the problem table, uploads the corrected file, sees what it would create, applies, and the
// new users are there. Screenshots at phone and desktop width.
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { countyTables, workbookOf, type OrgTables } from '../../scripts/org-workbook'
import { useDemoApp } from './app'
import { SCREENSHOTS } from './runtime'
import { uploadOrgFile as upload } from './steps'

const app = useDemoApp()
const dir = mkdtempSync(join(tmpdir(), 'qbhy-e2e-import-'))

async function fileOf(name: string, tables: OrgTables): Promise<string> {
  const path = join(dir, name)
  writeFileSync(path, await workbookOf(tables))
  return path
}

test('the admin imports a small county through the import screen', { timeout: 120_000 }, async () => {
  const admin = app.users.find((u) => u.role === 'admin')!
  const good = countyTables({ county: '430199', townships: 2, villages: 4, units: 3, users: 10 })
  const bad: OrgTables = { ...good, 人员: [...good.人员, ['错号', '1380000', '联络员', '', '', 'DW001', '', '', '是']] }

  const page = await app.loginAs(admin)
  await page.getByText('导入组织', { exact: true }).filter({ visible: true }).first().click({ force: true })
  await page.locator('.qb-import').waitFor({ state: 'visible' })

  await upload(page, await fileOf('bad.xlsx', bad))
  await page.locator('.qb-import__problem').first().waitFor({ state: 'visible' })
  await expect.poll(() => page.locator('.qb-import__problem').count()).toBe(1)
  expect(await page.locator('.qb-import__problem').first().textContent()).toContain('手机号')
  await expect.poll(() => page.getByText('确认导入').count()).toBe(0)
  await page.screenshot({ path: `${SCREENSHOTS}/import-problems-phone.png`, fullPage: true })

  await upload(page, await fileOf('good.xlsx', good))
  await page.getByText('检查通过，可以导入').waitFor({ state: 'visible' })
  expect(await page.locator('.qb-import__counts').first().textContent()).toContain('人员')
  await page.screenshot({ path: `${SCREENSHOTS}/import-report-phone.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${SCREENSHOTS}/import-report-desktop.png`, fullPage: true })

  await page.locator('.qb-import .nut-button').filter({ hasText: '确认导入' }).click()
  await page.getByText(/导入完成/).waitFor({ state: 'visible', timeout: 60_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/import-done-desktop.png`, fullPage: true })

  const users = (await (await fetch(`${app.url}/__dev/users`)).json()) as { phone?: string; countyId?: string }[]
  expect(users.filter((u) => u.countyId === '430199')).toHaveLength(good.人员.length)
})
