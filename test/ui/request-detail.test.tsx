// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { ServiceRequest } from '@/core/types'
import { RequestDetail } from '@/features/requests/components/request-detail'
import { detailStore } from '@/features/requests/use-requests'
import { useSession } from '@/services/session'
import { buildRequest, people } from './builders'
import { byText, cleanup, click, render } from './render'

// The dialog the screen shows before a one-tap action; each test says what the user answers.
const modal = vi.hoisted(() => ({ confirm: true, shown: [] as { title?: string; content?: string }[] }))
vi.mock('@tarojs/taro', async (original) => ({
  ...(await original<object>()),
  showModal: async (options: { title?: string; content?: string }) => {
    modal.shown.push(options)
    return { confirm: modal.confirm, cancel: !modal.confirm }
  },
}))

const run = vi.fn(async () => true)
const onTap = vi.fn()

async function showAs(viewer: typeof people.submitter, request: ServiceRequest) {
  useSession.setState({ user: viewer })
  detailStore.setState({ id: request.id, request, loading: false, error: null, run })
  return render(<RequestDetail onTap={onTap} />)
}

beforeEach(() => {
  modal.shown = []
  run.mockClear()
  onTap.mockClear()
})
afterEach(cleanup)

const open = buildRequest({ id: 'r-1', status: 'in_progress' })

test('撤回 asks first; 再想想 sends nothing', async () => {
  modal.confirm = false
  const view = await showAs(people.submitter, open)

  await click(byText(view, '撤回'))

  expect(modal.shown.map((m) => m.title)).toEqual(['撤回诉求'])
  expect(run).not.toHaveBeenCalled()
})

test('撤回 confirmed in the dialog is sent once, with no payload', async () => {
  modal.confirm = true
  const view = await showAs(people.submitter, open)

  await click(byText(view, '撤回'))

  expect(run).toHaveBeenCalledTimes(1)
  expect(run).toHaveBeenCalledWith('withdraw', {})
})

test('签收 is sent at once, and the tap is reported first (a subscribe prompt needs it)', async () => {
  const view = await showAs(people.liaison, buildRequest({ id: 'r-2', status: 'assigned' }))

  await click(byText(view, '签收'))

  expect(modal.shown).toEqual([])
  expect(onTap).toHaveBeenCalledWith('signFor')
  expect(run).toHaveBeenCalledWith('signFor', {})
  expect(onTap.mock.invocationCallOrder[0]).toBeLessThan(run.mock.invocationCallOrder[0])
})
