// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest'
import { rates, zeroCounters } from '@/core/figures'
import { FiguresView } from '@/features/dashboard/components/figures-view'
import { RankingView } from '@/features/dashboard/components/sections'
import { cleanup, render } from './render'

afterEach(cleanup)

test('the three rates as large numbers with the counts they come from; none shows 0 % without data', async () => {
  const counts = { ...zeroCounters(), dispatched: 4, signed: 4, signedOnTime: 3, rated: 2, solvedRated: 1, satisfied: 1, basic: 1 }
  const view = await render(<FiguresView figures={rates(counts)} />)
  const text = view.textContent ?? ''
  expect(text).toContain('75%响应率按时 3应签收 4')
  expect(text).toContain('50%解决率已解决 1已评价 2')
  expect(text).toContain('95%满意率满意 1基本满意 1已评价 2')
  expect(text).toContain('按期办结率 —（0/0）')
})

test('units ranked by score, unranked last without a rank number', async () => {
  const row = (key: string, name: string, over: object) => ({ key, name, figures: rates({ ...zeroCounters(), dispatched: 1, ...over }) })
  const breakdown = {
    scope: { type: 'township' as const, id: 't1', name: '东乡' }, from: '', to: '', by: 'unit' as const,
    rows: [row('uA', '农业局', { signed: 1, signedOnTime: 1, rated: 1, solvedRated: 1, satisfied: 1 }), row('uB', '交通局', {})],
  }
  const view = await render(<RankingView breakdown={breakdown} />)
  expect(view.textContent).toContain('1. 农业局100 分')
  expect(view.textContent).toContain('—. 交通局暂无评价，不参与排名')
})
