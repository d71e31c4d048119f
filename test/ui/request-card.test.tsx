// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, expect, test, vi } from 'vitest'
import { RequestCard } from '@/components/request/request-card'
import { buildRequest } from './builders'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let unmount: () => void = () => {}
afterEach(() => unmount())

async function render(ui: React.ReactElement) {
  const container = document.createElement('div')
  document.body.appendChild(container)
  const root = createRoot(container)
  await act(async () => root.render(ui))
  unmount = () => {
    act(() => root.unmount())
    container.remove()
  }
  return container
}

test('a card past its sign-for deadline shows its status in Chinese, the 超期 mark and the deadlines', async () => {
  const request = buildRequest({
    no: 'QB20261123-0007',
    title: '宿舍漏雨需要维修',
    status: 'assigned',
    signForBy: '2026-11-24T09:00:00.000+08:00',
    resolveBy: '2026-11-30T17:30:00.000+08:00',
  })

  const view = await render(
    <RequestCard request={request} now="2026-11-24T10:00:00.000+08:00" unitName="县农业农村局" />,
  )

  const text = view.textContent ?? ''
  expect(text).toContain('QB20261123-0007')
  expect(text).toContain('宿舍漏雨需要维修')
  expect(text).toContain('待签收')
  expect(text).toContain('超期')
  expect(text).toContain('承办单位：县农业农村局')
  expect(text).toContain('签收时限：2026-11-24 09:00')
  expect(text).toContain('办结时限：2026-11-30 17:30')
})

test('a card on time has no 超期 mark, and a tap opens it', async () => {
  const onOpen = vi.fn()
  const request = buildRequest({ id: 'r-open', status: 'in_progress', resolveBy: '2026-11-30T17:30:00.000+08:00' })

  const view = await render(<RequestCard request={request} now="2026-11-24T10:00:00.000+08:00" onOpen={onOpen} />)
  expect(view.textContent).toContain('办理中')
  expect(view.textContent).not.toContain('超期')

  const title = [...view.querySelectorAll('*')].find((el) => el.textContent === request.title) as HTMLElement
  await act(async () => title.click())
  expect(onOpen).toHaveBeenCalledWith('r-open')
})
