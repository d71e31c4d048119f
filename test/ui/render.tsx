import { act } from 'react'
import { createRoot } from 'react-dom/client'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const mounted: (() => void)[] = []

/** Renders into the document (happy-dom); call `cleanup` after each test. */
export async function render(ui: React.ReactElement): Promise<HTMLElement> {
  const container = document.createElement('div')
  document.body.appendChild(container)
  const root = createRoot(container)
  await act(async () => root.render(ui))
  mounted.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return container
}

export function cleanup(): void {
  while (mounted.length) mounted.pop()!()
}

/** The innermost element whose text is exactly `text`. */
export function byText(root: HTMLElement, text: string): HTMLElement {
  const hits = [...root.querySelectorAll('*')].filter((el) => el.textContent?.trim() === text) as HTMLElement[]
  const hit = hits[hits.length - 1]
  if (!hit) throw new Error(`no element with text ${text}`)
  return hit
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click())
}
