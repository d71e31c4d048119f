// @vitest-environment happy-dom
import { useStore } from 'zustand'
import { afterEach, expect, test, vi } from 'vitest'
import type { RequestEvent, ServiceRequest } from '@/core/types'
import { AskBlock } from '@/features/requests/components/ask-block'
import { viewerActions } from '@/features/requests/lib/viewer-actions'
import { viewerAsk } from '@/features/requests/lib/viewer-ask'
import { createRequestDetailStore, type RequestDetailStore } from '@/features/requests/detail-store'
import { buildRequest, people } from './builders'
import { byText, cleanup, click, render } from './render'

afterEach(cleanup)

const { submitter: cadre, liaison, secretary } = people
const ev = (type: RequestEvent['type'], at: string, extra: Record<string, unknown> = {}) => ({ type, actorId: liaison.id, at, ...extra }) as RequestEvent

const awaiting = buildRequest({
  id: 'r-1',
  status: 'awaiting_submitter',
  events: [
    ev('requestInfo', '2026-11-23T10:00:00.000+08:00', { question: '旧问题' }),
    ev('reply', '2026-11-23T11:00:00.000+08:00', { text: '旧回答' }),
    ev('requestInfo', '2026-11-24T09:30:00.000+08:00', { question: '班车停在哪个路口？' }),
  ],
})

function Block({ store, request, viewer }: { store: RequestDetailStore; request: ServiceRequest; viewer: typeof cadre }) {
  const s = useStore(store)
  const ask = viewerAsk(request, viewerActions(request, viewer))
  if (!ask) return null
  return (
    <AskBlock
      ask={ask}
      values={s.values}
      busy={s.busy}
      formError={s.formError}
      onChange={s.setValue}
      onSubmit={(a) => void s.submitPanel(a)}
      onSignFor={() => void s.run('signFor', {})}
      onDecideExtension={(approve) => void s.run('decideExtension', { approve })}
    />
  )
}

async function setup(request: ServiceRequest, viewer: typeof cadre) {
  const api = { get: vi.fn(async () => request), act: vi.fn(async () => request) }
  const store = createRequestDetailStore(api)
  await store.getState().load(request.id)
  const view = await render(<Block store={store} request={request} viewer={viewer} />)
  return { api, store, view }
}

test('the submitter sees the latest question first, with the reply box, and answers it there', async () => {
  const { api, store, view } = await setup(awaiting, cadre)
  expect(byText(view, '待您补充')).toBeTruthy()
  expect(view.textContent).toContain('承办人问：班车停在哪个路口？')
  expect(view.textContent).not.toContain('旧问题')

  await click(byText(view, '提交补充'))
  expect(view.textContent).toContain('请填写补充说明')
  store.getState().setValue('text', '在村委会门口')
  await click(byText(view, '提交补充'))
  expect(api.act).toHaveBeenCalledWith('reply', { id: 'r-1', text: '在村委会门口' })
})

test('nobody else is asked to answer the question', async () => {
  expect(viewerAsk(awaiting, viewerActions(awaiting, liaison))).toBeNull()
  expect(viewerAsk(awaiting, viewerActions(awaiting, secretary))).toBeNull()
})

test('待您评价 for the submitter of a resolved request, with the note and the rating form', async () => {
  const resolved = buildRequest({ id: 'r-2', status: 'resolved', resolutionNote: '已协调班车每日两趟' })
  const { view } = await setup(resolved, cadre)
  expect(byText(view, '待您评价')).toBeTruthy()
  expect(view.textContent).toContain('办结说明：已协调班车每日两趟')
  expect(view.textContent).toContain('满意程度')
})

test('待您签收 for the liaison of the unit, with its deadline and the button', async () => {
  const assigned = buildRequest({ id: 'r-3', status: 'assigned', signForBy: '2026-11-24T09:00:00.000+08:00' })
  const { api, view } = await setup(assigned, liaison)
  expect(byText(view, '待您签收')).toBeTruthy()
  await click(byText(view, '签收'))
  expect(api.act).toHaveBeenCalledWith('signFor', { id: 'r-3' })
  expect(viewerAsk(assigned, viewerActions(assigned, cadre))).toBeNull()
})

test('an extension awaiting the secretary is put to the secretary first', async () => {
  const pending = buildRequest({
    id: 'r-4',
    status: 'in_progress',
    extension: { days: 3, reason: '需等待物资到货', status: 'pending', requestedAt: '2026-11-24T09:00:00.000+08:00', requestedBy: liaison.id, decidedBy: null, decidedAt: null },
  })
  const { api, view } = await setup(pending, secretary)
  expect(byText(view, '待您审批延期')).toBeTruthy()
  expect(view.textContent).toContain('申请延期：3 个工作日')
  expect(view.textContent).toContain('理由：需等待物资到货')
  await click(byText(view, '同意延期'))
  expect(api.act).toHaveBeenCalledWith('decideExtension', { id: 'r-4', approve: true })
})
