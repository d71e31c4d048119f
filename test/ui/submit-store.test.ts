// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest'
import type { SubmitPayload } from '@/core/contract'
import { createSubmitStore } from '@/features/requests/submit-store'
import { CloudError } from '@/services/call'
import { createOutbox } from '@/services/outbox/outbox-store'
import { buildRequest, memoryStorage } from './builders'

/** An outbox whose cloud is the fake submit. */
const viaOutbox = (submit: (p: any) => unknown, storage = memoryStorage()) =>
  createOutbox({ deliver: async (_fn, _a, payload) => submit(payload), storage, now: () => 0, schedule: () => () => {} })

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
  const store = createSubmitStore(viaOutbox(submit), memoryStorage(), newId)
  store.getState().setField('title', '太短')

  expect(await store.getState().submit()).toBeNull()

  expect(submit).not.toHaveBeenCalled()
  expect(store.getState().errors).toEqual({ category: '请选择诉求类别', title: '标题需为 4–40 个字' })
})

test('offline, the request goes into the outbox (待发送) with its clientRequestId, and is sent once when the network returns', async () => {
  const sent: SubmitPayload[] = []
  const created = buildRequest({ kind: 'support', category: 'tech' })
  let online = false
  const submit = vi.fn(async (payload: SubmitPayload) => {
    if (!online) throw new CloudError('NETWORK.FAILED', 'timeout')
    sent.push(payload)
    return created
  })
  const outbox = viaOutbox(submit)
  const store = createSubmitStore(outbox, memoryStorage(), newId)
  fillValidDraft(store)
  const key = store.getState().draft.clientRequestId

  expect(await store.getState().submit()).toBeNull()
  expect(store.getState()).toMatchObject({ queued: true, submitError: null })
  expect(store.getState().draft.title).toBe('')
  expect(store.getState().draft.clientRequestId).not.toBe(key)
  expect(outbox.getState().items.map((i) => [i.title, i.state])).toEqual([['需要农技专家指导', 'pending']])

  online = true
  await outbox.getState().flush(true)
  await outbox.getState().flush(true)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({ clientRequestId: key, kind: 'support', category: 'tech', title: '需要农技专家指导', urgency: 'urgent' })
  expect(outbox.getState().items[0]).toMatchObject({ state: 'sent', resultId: created.id })
})

test('the draft survives closing the app', async () => {
  const storage = memoryStorage()
  const first = createSubmitStore(viaOutbox(vi.fn()), storage, newId)
  fillValidDraft(first)

  const reopened = createSubmitStore(viaOutbox(vi.fn()), storage, newId)

  expect(reopened.getState().draft).toEqual(first.getState().draft)
})

test('changing the kind clears a category of the other kind', () => {
  const store = createSubmitStore(viaOutbox(vi.fn()), memoryStorage(), newId)
  store.getState().setField('category', 'health')

  store.getState().setKind('support')

  expect(store.getState().draft.category).toBe('')
})

test('field problems the server finds are shown like local ones', async () => {
  const submit = vi.fn(async () => {
    throw new CloudError('INPUT.INVALID', 'Invalid input: title', { title: 'Too small' })
  })
  const store = createSubmitStore(viaOutbox(submit), memoryStorage(), newId)
  fillValidDraft(store)

  await store.getState().submit()

  expect(store.getState().errors).toEqual({ title: '标题需为 4–40 个字' })
  expect(store.getState().queued).toBe(false)
  expect(store.getState().draft.title).toBe('需要农技专家指导')
})

test('uploaded photos stay with the draft after closing the app, and are sent as attachments', async () => {
  const storage = memoryStorage()
  const submit = vi.fn(async (payload: SubmitPayload) => buildRequest({ attachments: payload.attachments ?? [] }))
  const first = createSubmitStore(viaOutbox(submit), storage, newId)
  fillValidDraft(first)
  first.getState().setField('attachments', ['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])

  const reopened = createSubmitStore(viaOutbox(submit), storage, newId)
  expect(reopened.getState().draft.attachments).toEqual(['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])
  await reopened.getState().submit()

  expect(submit.mock.calls[0][0].attachments).toEqual(['cloud://env/photos/a.jpg', 'cloud://env/photos/b.jpg'])
})

test('more than 6 photos are refused before sending', async () => {
  const submit = vi.fn()
  const store = createSubmitStore(viaOutbox(submit), memoryStorage(), newId)
  fillValidDraft(store)
  store.getState().setField('attachments', Array.from({ length: 7 }, (_, i) => `cloud://env/p${i}.jpg`))

  expect(await store.getState().submit()).toBeNull()

  expect(submit).not.toHaveBeenCalled()
  expect(store.getState().errors.attachments).toBe('照片最多 6 张，请删去几张')
})
