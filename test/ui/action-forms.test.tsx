// @vitest-environment happy-dom
import { useStore } from 'zustand'
import { afterEach, expect, test, vi } from 'vitest'
import type { CommandType } from '@/core/lifecycle/commands'
import type { ServiceRequest } from '@/core/types'
import { ActionBar } from '@/features/requests/components/action-bar'
import { validateForm, emptyValues } from '@/features/requests/lib/action-forms'
import { createRequestDetailStore, type RequestDetailStore } from '@/features/requests/detail-store'
import { buildRequest } from './builders'
import { byText, cleanup, click, render } from './render'

afterEach(cleanup)

const UNITS = [
  { id: 'unit-2', name: '县交通运输局', liaisonNames: ['王建国'] },
  { id: 'unit-3', name: '县卫健局', liaisonNames: ['李梅', '赵强'] },
  { id: 'unit-4', name: '县档案馆', liaisonNames: [] },
]

function Bar({ store, actions }: { store: RequestDetailStore; actions: CommandType[] }) {
  const s = useStore(store)
  return (
    <ActionBar
      actions={actions}
      extension={s.request?.extension ?? null}
      panel={s.panel}
      values={s.values}
      units={UNITS}
      busy={s.busy}
      formError={s.formError}
      onOpen={s.openPanel}
      onChange={s.setValue}
      onSubmit={() => void s.submitPanel()}
      onTapAction={(a) => void s.run(a, {})}
      onDecideExtension={(approve) => void s.run('decideExtension', { approve })}
    />
  )
}

async function setup(actions: CommandType[], request: ServiceRequest = buildRequest({ id: 'r-1', status: 'in_progress' })) {
  const api = { get: vi.fn(async () => request), act: vi.fn(async () => request) }
  const store = createRequestDetailStore(api)
  await store.getState().load('r-1')
  const view = await render(<Bar store={store} actions={actions} />)
  return { api, store, view }
}

test('every action the viewer may take has its button', async () => {
  const { view } = await setup(['signFor', 'return', 'comment'])
  expect(byText(view, '签收')).toBeTruthy()
  expect(byText(view, '退单')).toBeTruthy()
  expect(byText(view, '留言')).toBeTruthy()
  expect(view.textContent).not.toContain('办结')
})

test('退单 with a reason under 5 characters says so and sends nothing', async () => {
  const { api, store, view } = await setup(['signFor', 'return'], buildRequest({ id: 'r-1', status: 'assigned' }))

  await click(byText(view, '退单'))
  expect(view.textContent).toContain('退单理由')
  store.getState().setValue('text', '不归我')
  await click(byText(view, '确认退单'))

  expect(view.textContent).toContain('退单理由至少 5 个字')
  expect(api.act).not.toHaveBeenCalled()
})

test('转派 offers the units, and needs one chosen and a reason', async () => {
  const { api, store, view } = await setup(['transfer', 'resolve'])

  await click(byText(view, '转派'))
  expect(view.textContent).toContain('县交通运输局')
  await click(byText(view, '确认转派'))
  expect(view.textContent).toContain('请选择转派单位')

  await click(byText(view, '县卫健局'))
  store.getState().setValue('text', '属于卫健局职责范围')
  await click(byText(view, '确认转派'))

  expect(api.act).toHaveBeenCalledWith('transfer', { id: 'r-1', unitId: 'unit-3', reason: '属于卫健局职责范围' })
})

test('申请延期 needs 1–10 days and a reason', async () => {
  const { view, store } = await setup(['requestExtension'])

  await click(byText(view, '申请延期'))
  await click(byText(view, '提交申请'))
  expect(view.textContent).toContain('请选择延期天数（1–10 个工作日）')

  await click(byText(view, '3 天'))
  expect(store.getState().values.days).toBe(3)
  await click(byText(view, '提交申请'))
  expect(view.textContent).toContain('延期理由至少 5 个字')
})

test('办结 opens 确认办结 with a photo field; 评价 opens 提交评价', async () => {
  const { view } = await setup(['resolve'])
  await click(byText(view, '办结'))
  expect(byText(view, '确认办结')).toBeTruthy()
  expect(view.textContent).toContain('现场照片')
  await click(byText(view, '确认办结'))
  expect(view.textContent).toContain('办结说明至少 5 个字')
  cleanup()

  const rated = await setup(['confirm'], buildRequest({ id: 'r-1', status: 'resolved' }))
  await click(byText(rated.view, '评价'))
  await click(byText(rated.view, '提交评价'))
  expect(rated.view.textContent).toContain('请选择问题是否解决和满意程度')
})

test('a pending extension shows its days and reason with 同意延期 / 不同意 for the secretary', async () => {
  const request = buildRequest({
    id: 'r-1',
    extension: { days: 2, reason: '等待资金', requestedBy: 'u', requestedAt: '', status: 'pending', decidedBy: null, decidedAt: null },
  })
  const { api, view } = await setup(['decideExtension', 'supervise'], request)

  expect(view.textContent).toContain('延期申请：2 个工作日')
  await click(byText(view, '不同意'))
  expect(api.act).toHaveBeenCalledWith('decideExtension', { id: 'r-1', approve: false })
})

test('a confidential extension shows the secretary the days and that a reason was given, and they can still decide', async () => {
  const request = buildRequest({
    id: 'r-1',
    category: 'psych',
    extension: { days: 3, reason: '', reasonWithheld: true, requestedBy: 'u', requestedAt: '', status: 'pending', decidedBy: null, decidedAt: null },
  })
  const { api, view } = await setup(['decideExtension'], request)

  expect(view.textContent).toContain('延期申请：3 个工作日')
  expect(view.textContent).toContain('理由：已填写（保密事项，仅提交人和承办单位可见）')
  await click(byText(view, '同意延期'))
  expect(api.act).toHaveBeenCalledWith('decideExtension', { id: 'r-1', approve: true })
})

test('the other forms say what is missing in Chinese', () => {
  const v = emptyValues()
  expect(validateForm('dispatch', v)).toEqual({ ok: false, error: '请选择承办单位' })
  expect(validateForm('requestInfo', v)).toEqual({ ok: false, error: '请填写需要补充的内容' })
  expect(validateForm('reply', v)).toEqual({ ok: false, error: '请填写补充说明' })
  expect(validateForm('comment', v)).toEqual({ ok: false, error: '请填写留言内容' })
  expect(validateForm('supervise', v)).toEqual({ ok: false, error: '请填写督办意见' })
  expect(validateForm('requestExtension', { ...v, days: 11, text: '等待资金下达' })).toMatchObject({ ok: false })
  expect(validateForm('resolve', { ...v, text: '已经全部办好了', photos: Array(7).fill('cloud://x') })).toEqual({ ok: false, error: '照片最多 6 张' })
  expect(validateForm('supervise', { ...v, text: ' 请本周内办结 ' })).toEqual({ ok: true, payload: { note: '请本周内办结' } })
})

test('转派 shows who would sign for each unit and will not take a unit with no liaison', async () => {
  const { api, store, view } = await setup(['transfer'])

  await click(byText(view, '转派'))
  expect(view.textContent).toContain('2 名联络员：李梅、赵强')
  expect(view.textContent).toContain('暂无在岗联络员，无人签收，不可选')
  await click(byText(view, '县档案馆'))
  expect(store.getState().values.unitId).toBeNull()
  store.getState().setValue('text', '属于档案馆职责范围')
  await click(byText(view, '确认转派'))

  expect(view.textContent).toContain('请选择转派单位')
  expect(api.act).not.toHaveBeenCalled()
})
