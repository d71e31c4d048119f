// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { expect, test } from 'vitest'
import type { CareTaskView } from '@/core/care-types'
import { TaskCard } from '@/features/care/components/task-card'
import { createTaskStore } from '@/features/care/task-store'
import { createTasksStore } from '@/features/care/tasks-store'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const task = (over: Partial<CareTaskView> = {}): CareTaskView => ({
  id: 't1', cadreId: 'c1', cadreName: '周志强', homeUnitId: 'u1', villageId: 'v1', townshipId: 'town', countyId: 'county',
  assigneeId: 'l1', status: 'open', reasons: [{ reason: 'unwell', date: '2026-11-23', at: '2026-11-23T08:00:00.000+08:00' }],
  openedAt: '2026-11-23T08:00:00.000+08:00', dueBy: '2026-11-25T08:00:00.000+08:00', overdueNotifiedAt: null, closedAt: null,
  talk: null, updatedAt: '2026-11-23T08:00:00.000+08:00', version: 1, ...over,
})

test('the task list puts open tasks first, nearest due first, across pages', async () => {
  const closed = task({ id: 'closed', status: 'closed', closedAt: '2026-11-20T10:00:00.000+08:00' })
  const later = task({ id: 'later', dueBy: '2026-11-27T08:00:00.000+08:00' })
  const sooner = task({ id: 'sooner' })
  const pages: Record<string, { items: CareTaskView[]; cursor: string | null }> = { first: { items: [closed, later], cursor: 'p2' }, p2: { items: [sooner], cursor: null } }
  const store = createTasksStore({ list: async (cursor) => pages[cursor ?? 'first'] })
  await store.getState().load()
  expect(store.getState().items.map((t) => t.id)).toEqual(['sooner', 'later', 'closed'])
})

test('recording a talk needs a mode and 5 characters, dates it the server’s today, then reloads the task', async () => {
  const sent: unknown[] = []
  let current = task()
  const store = createTaskStore({
    get: async () => ({ task: current, checkins: [], today: '2026-11-24' }),
    record: async (id, talk) => {
      sent.push({ id, ...talk })
      current = task({ status: 'closed', talk: { ...talk, recordedBy: 'l1', recordedAt: '2026-11-24T15:00:00.000+08:00' } })
      return current
    },
  })
  await store.getState().load('t1')
  expect(store.getState().draft.date).toBe('2026-11-24')
  expect(await store.getState().record()).toBe(false)
  expect(store.getState().formError).toBe('请选择谈话方式')
  store.getState().setDraft('mode', 'phone')
  store.getState().setDraft('summary', '好')
  expect(await store.getState().record()).toBe(false)
  expect(store.getState().formError).toBe('谈话情况至少写 5 个字')
  store.getState().setDraft('summary', '电话谈心，已安排就医')
  expect(await store.getState().record()).toBe(true)
  expect(sent).toEqual([{ id: 't1', date: '2026-11-24', mode: 'phone', summary: '电话谈心，已安排就医' }])
  expect(store.getState().detail?.task.status).toBe('closed')
})

test('a task card shows name, reasons in Chinese and the talk, never a summary', async () => {
  const container = document.createElement('div')
  document.body.appendChild(container)
  const root = createRoot(container)
  const closed = task({ status: 'closed', reasons: [...task().reasons, { reason: 'asked', date: '2026-11-23', at: '' }], talk: { date: '2026-11-24', mode: 'phone', recordedBy: 'l1', recordedAt: '' } })
  await act(async () => root.render(<TaskCard task={closed} now="2026-11-24T16:00:00.000+08:00" onOpen={() => {}} />))
  const text = container.textContent ?? ''
  expect(text).toContain('周志强')
  expect(text).toContain('连续身体不适、希望组织联系')
  expect(text).toContain('已谈心')
  expect(text).toContain('2026-11-24 电话谈心')
  act(() => root.unmount())
  container.remove()
})
