// Helpers for the readability end-to-end tests: every role's screens, axe-core inside the page,
// and a check of text boxes that overlap or stand one character per line.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { ENTRIES, NOTIFICATIONS_ENTRY } from '@/features/home/copy'
import { exact, tap } from './app'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The home entries of a role, in the words on screen. */
export const entryLabels = (role: string) => [...(ENTRIES[role as keyof typeof ENTRIES] ?? []), NOTIFICATIONS_ENTRY].map((e) => e.label)

/** Opens each home entry in turn (and the first request of a list), calling `visit` on every screen. */
export async function walk(page: Page, role: string, visit: (screen: string) => Promise<void>): Promise<void> {
  await visit(`${role}-home`)
  for (const label of entryLabels(role)) {
    await tap(page, label)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(400)
    await visit(`${role}-${label}`)
    const card = page.locator('.qb-card').filter({ visible: true }).first()
    if (await card.count()) {
      await card.click({ force: true })
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(400)
      await visit(`${role}-${label}-detail`)
      await page.goBack()
    }
    await page.goBack()
    await exact(page, label).first().waitFor()
  }
}

export interface AxeViolation { id: string; impact: string | null; nodes: Array<{ target: string[]; failureSummary?: string }> }

/** axe-core's contrast, label, name and target-size rules on what is on screen now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    const res = await w.axe.run(document, {
      runOnly: ['color-contrast', 'label', 'target-size', 'button-name', 'aria-allowed-attr', 'aria-required-attr', 'aria-valid-attr-value', 'image-alt'],
      rules: { 'target-size': { enabled: true } },
    })
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))
  })
}

export interface TextBox { text: string; x: number; y: number; w: number; h: number; fontPx: number; linePx: number }

/** Visible elements holding text directly, with their rectangles (page coordinates). */
export async function textBoxes(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => {
    const out: TextBox[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3 && n.textContent!.trim()).map((n) => n.textContent!.trim()).join('')
      if (!own) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight * 4) continue
      // a box whose element or an ancestor is hidden (Taro keeps earlier pages in the DOM) has no offsetParent
      if (el.offsetParent === null && style.position !== 'fixed') continue
      const fontPx = parseFloat(style.fontSize)
      const linePx = style.lineHeight === 'normal' ? fontPx * 1.2 : parseFloat(style.lineHeight)
      out.push({ text: own, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, fontPx, linePx })
    }
    return out
  })
}

/** Pairs of text boxes that overlap by more than 2 px each way. */
export function overlaps(boxes: TextBox[]): Array<[string, string]> {
  const bad: Array<[string, string]> = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j]
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
      const nested = (a.x <= b.x && a.y <= b.y && a.x + a.w >= b.x + b.w && a.y + a.h >= b.y + b.h) || (b.x <= a.x && b.y <= a.y && b.x + b.w >= a.x + a.w && b.y + b.h >= a.y + a.h)
      if (dx > 2 && dy > 2 && !nested) bad.push([a.text, b.text])
    }
  }
  return bad
}

/** Text of two or more characters laid out narrower than two characters: one character per line. */
export const squeezed = (boxes: TextBox[], fontPx: number) => boxes.filter((b) => [...b.text].length >= 2 && b.w < fontPx * 1.5 && b.h > fontPx * 2).map((b) => b.text)

/** Text that runs over two lines or more whose line height is below its size: the lines touch. */
export const cramped = (boxes: TextBox[]) => boxes.filter((b) => b.h > b.linePx * 1.5 && b.linePx < b.fontPx * 1.15).map((b) => b.text)
