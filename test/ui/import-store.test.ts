// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import { createImportStore } from '@/features/admin/import-store'
import type { ImportApi } from '@/features/admin/api/ports'
import { emptyCounts } from '@/core/org-import-plan'
import type { ImportReport } from '@/core/org-import-types'
import { CloudError } from '@/services/call'

const report = (over: Partial<ImportReport> = {}): ImportReport => ({ sheets: ['人员'], problems: [], counts: emptyCounts(), missing: [], handovers: [], ...over })
const file = { fileID: 'cloud://local.x/imports/a.xlsx', name: '示例县.xlsx' }

function fakeApi(over: Partial<ImportApi> = {}): ImportApi {
  return {
    template: vi.fn(async () => ({ filename: '组织导入模板.xlsx', fileID: 'f', url: '/t' })),
    check: vi.fn(async () => report()),
    apply: vi.fn(async () => ({ ...report(), written: 3, resumed: false, done: true })),
    ...over,
  }
}

test('picking a file checks it; apply sends the tick and keeps calling until the import is done', async () => {
  let calls = 0
  const api = fakeApi({ apply: vi.fn(async () => ({ ...report(), written: 3, resumed: calls > 0, done: ++calls >= 3 })) })
  const s = createImportStore(api, async () => file, async () => {})
  await s.getState().pick()
  expect(api.check).toHaveBeenCalledWith(file.fileID)
  s.getState().setDeactivateMissing(true)
  await s.getState().apply()
  expect(api.apply).toHaveBeenCalledTimes(3)
  expect(api.apply).toHaveBeenLastCalledWith(file.fileID, true)
  expect(s.getState().result?.written).toBe(3)
})

test('a file with problems is never applied; a cancelled pick changes nothing; errors are in Chinese', async () => {
  const api = fakeApi({ check: vi.fn(async () => report({ problems: [{ sheet: '人员', row: 2, column: '手机号', message: '必填' }] })) })
  const s = createImportStore(api, async () => file, async () => {})
  await s.getState().pick()
  await s.getState().apply()
  expect(api.apply).not.toHaveBeenCalled()

  const cancelled = createImportStore(api, async () => null, async () => {})
  await cancelled.getState().pick()
  expect(cancelled.getState().file).toBeNull()

  const failing = createImportStore(fakeApi({ check: vi.fn(async () => Promise.reject(new CloudError('AUTH.FORBIDDEN', 'x'))) }), async () => file, async () => {})
  await failing.getState().pick()
  expect(failing.getState().error).toBe('您没有权限进行此操作')
})
