// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { SubmitPayload } from '../../src/core/contract'
import { createSubmitStore } from '../../src/features/requests/stores/submit-store'
import { CloudError } from '../../src/services/call'
import { buildRequest, memoryStorage } from './builders'

let ids = 0
const newId = () => `draft-id-${++ids}`

function fillValidDraft(store: ReturnType<typeof createSubmitStore>) {
  const s = store.getState()
  s.setKind('support')
  s.setField('category', 'tech')
  s.setField('title', '需要农技专家指导')
  s.setField('description', '村里新种的猕猴桃出现黄叶')
  s.setField('urgency', 'urgent')
}

test('an incomplete draft is not sent, and each problem is named in Chinese', async () => {
  const submit = vi.fn()
  const store = createSubmitStore({ submit }, memoryStorage(), newId)
  store.getState().setField('title', '太短')

  expect(await store.getState().submit()).toBeNull()

  expect(submit).not.toHaveBeenCalled()
  expect(store.getState().errors).toEqual({ category: '请选择诉求类别', title: '标题需为 4–40 个字' })
})

test('a retry after a network failure sends the same clientRequestId; success starts a new draft', async () => {
  const sent: SubmitPayload[] = []
  const created = buildRequest({ kind: 'support', category: 'tech' })
  const submit = vi.fn(async (payload: SubmitPayload) => {
    sent.push(payload)
    if (sent.length === 1) throw new CloudError('NETWORK.FAILED', 'timeout')
    return created
  })
  const store = createSubmitStore({ submit }, memoryStorage(), newId)
  fillValidDraft(store)

  expect(await store.getState().submit()).toBeNull()
  expect(store.getState().submitError).toBe('网络不畅，请检查网络后重试')
  expect(store.getState().pending).toBe(true)

  expect(await store.getState().retryIfPending()).toBe(created)

  expect(sent).toHaveLength(2)
  expect(sent[1].clientRequestId).toBe(sent[0].clientRequestId)
  expect(sent[0]).toMatchObject({ kind: 'support', category: 'tech', title: '需要农技专家指导', urgency: 'urgent' })
  expect(store.getState().draft.title).toBe('')
  expect(store.getState().draft.clientRequestId).not.toBe(sent[0].clientRequestId)
})

test('the draft survives closing the app', async () => {
  const storage = memoryStorage()
  const first = createSubmitStore({ submit: vi.fn() }, storage, newId)
  fillValidDraft(first)

  const reopened = createSubmitStore({ submit: vi.fn() }, storage, newId)

  expect(reopened.getState().draft).toEqual(first.getState().draft)
})

test('changing the kind clears a category of the other kind', () => {
  const store = createSubmitStore({ submit: vi.fn() }, memoryStorage(), newId)
  store.getState().setField('category', 'health')

  store.getState().setKind('support')

  expect(store.getState().draft.category).toBe('')
})

test('field problems the server finds are shown like local ones', async () => {
  const submit = vi.fn(async () => {
    throw new CloudError('INPUT.INVALID', 'Invalid input: title', { title: 'Too small' })
  })
  const store = createSubmitStore({ submit }, memoryStorage(), newId)
  fillValidDraft(store)

  await store.getState().submit()

  expect(store.getState().errors).toEqual({ title: '标题需为 4–40 个字' })
  expect(store.getState().pending).toBe(false)
})

test('uploaded photos stay with the draft after closing the app, and are sent as attachments', async () => {
  const storage = memoryStorage()
  const submit = vi.fn(async (payload: SubmitPayload) => buildRequest({ attachments: payload.attachments ?? [] }))
  const first = createSubmitStore({ submit }, storage, newId)
  fillValidDraft(first)
  first.getState().setField('attachments', ['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])

  const reopened = createSubmitStore({ submit }, storage, newId)
  expect(reopened.getState().draft.attachments).toEqual(['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])
  await reopened.getState().submit()

  expect(submit.mock.calls[0][0].attachments).toEqual(['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])
})

test('more than 6 photos are refused before sending', async () => {
  const submit = vi.fn()
  const store = createSubmitStore({ submit }, memoryStorage(), newId)
  fillValidDraft(store)
  store.getState().setField('attachments', Array.from({ length: 7 }, (_, i) => `cloud://env/p${i}.jpg`))

  expect(await store.getState().submit()).toBeNull()

  expect(submit).not.toHaveBeenCalled()
  expect(store.getState().errors.attachments).toBe('照片最多 6 张，请删去几张')
})
