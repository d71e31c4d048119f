// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest'
import { useStore } from 'zustand'
import { ImportView } from '@/features/admin/components/import-view'
import { createImportStore, type ImportStore } from '@/features/admin/import-store'
import { emptyCounts } from '@/core/org-import-plan'
import type { ImportReport } from '@/core/org-import-types'
import { cleanup, render } from './render'

afterEach(cleanup)

const report = (over: Partial<ImportReport>): ImportReport => ({ sheets: ['人员'], problems: [], counts: emptyCounts(), missing: [], handovers: [], ...over })

function View({ store }: { store: ImportStore }) {
  return <ImportView s={useStore(store)} />
}

async function shown(r: ImportReport) {
  const api = { template: vi.fn(), check: vi.fn(async () => r), apply: vi.fn() }
  const store = createImportStore(api, async () => ({ fileID: 'cloud://local.x/users/admin1/a.csv', name: '人员.csv' }), async () => {})
  await store.getState().pick()
  return render(<View store={store} />)
}

test('before applying, the admin reads whose open work moves, why, and how much', async () => {
  const view = await shown(
    report({
      handovers: [
        { id: 'u1', name: '黄丽', role: 'liaison', why: 'moved', requests: 2, careTasks: 1 },
        { id: 'u2', name: '王强', role: 'liaison', why: 'missing', requests: 0, careTasks: 3 },
      ],
    }),
  )
  expect(view.textContent).toContain('将移交未办结工作的人员（2 人）')
  expect(view.textContent).toContain('黄丽（联络员，更换单位或角色）：2 件诉求、1 项关怀任务移交本单位其他联络员')
  expect(view.textContent).toContain('王强（联络员，勾选停用时）：3 项关怀任务移交本单位其他联络员')
})

test('no handover section when nobody hands work on', async () => {
  const view = await shown(report({}))
  expect(view.textContent).toContain('检查通过')
  expect(view.textContent).not.toContain('将移交')
})
