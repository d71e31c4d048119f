// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest'
import type { RequestEvent } from '@/core/types'
import { Timeline } from '@/features/requests/components/timeline'
import { cleanup, render } from './render'

afterEach(cleanup)

const at = '2026-11-23T01:30:00.000Z' // 09:30 in Beijing
const ev = (type: RequestEvent['type'], detail: Record<string, unknown> = {}) => ({ type, actorId: 'u-liaison-1', at, ...detail }) as RequestEvent

/** Every event type of the lifecycle, with what the reader must see for it. */
const CASES: [RequestEvent, string[]][] = [
  [ev('submit', { kind: 'difficulty', category: 'transport', urgency: 'urgent' }), ['提交诉求', '我的困难 · 交通出行 · 紧急']],
  [ev('assign', { unitId: 'unit-1', signForBy: '2026-11-24T09:30:00.000+08:00' }), ['系统派单', '派至县农业农村局，签收时限 2026-11-24 09:30']],
  [ev('pendingDispatch', { reason: 'no_liaison', unitId: 'unit-6' }), ['待乡镇派单', '县供销社暂无联络员，等待乡镇派单']],
  [ev('dispatch', { unitId: 'unit-2', signForBy: '2026-11-24T09:30:00.000+08:00' }), ['乡镇派单', '派至县交通运输局']],
  [ev('signFor', { onTime: false }), ['签收', '超时签收']],
  [ev('return', { unitId: 'unit-1', reason: '不属于本单位职责' }), ['退单', '退回乡镇重新派单：不属于本单位职责']],
  [ev('transfer', { fromUnitId: 'unit-1', unitId: 'unit-2', reason: '交通问题归交通局' }), ['转派', '由县农业农村局转至县交通运输局：交通问题归交通局']],
  [ev('requestInfo', { question: '请提供班次时间' }), ['要求补充', '请提交人补充：请提供班次时间']],
  [ev('reply', { text: '每天早上七点一班' }), ['补充说明', '每天早上七点一班']],
  [ev('requestExtension', { days: 3, reason: '等待资金下达' }), ['申请延期', '申请延期 3 个工作日：等待资金下达']],
  [ev('decideExtension', { approve: true, days: 3, resolveBy: '2026-12-03T09:30:00.000+08:00' }), ['延期审批', '同意延期 3 个工作日，新的办结时限 2026-12-03 09:30']],
  [ev('resolve', { note: '已开通班车', photos: ['cloud://env/p1.jpg'] }), ['办结', '已开通班车']],
  [ev('confirm', { solved: false, satisfaction: 'unsatisfied', comment: '班次太少' }), ['评价', '问题未解决，不满意，班次太少']],
  [ev('reopen', { resolveBy: '2026-11-30T09:30:00.000+08:00' }), ['不满意，重新办理', '新的办结时限：2026-11-30 09:30']],
  [ev('close', { reason: 'unrated' }), ['关闭', '办结 7 天未评价，自动关闭']],
  [ev('withdraw'), ['撤回', '提交人撤回了诉求']],
  [ev('comment', { text: '已电话联系' }), ['留言', '已电话联系']],
  [ev('supervise', { level: 1, note: '请尽快办理' }), ['督办', '乡镇督办：请尽快办理']],
  [ev('remind', { reason: 'resolve_75' }), ['催办', '办理时间已过大半，请抓紧办理']],
  [ev('handover', { from: 'u-liaison-2', to: 'u-liaison-1' }), ['人员停用，工作交接']],
]

const UNITS: Record<string, string> = { 'unit-1': '县农业农村局', 'unit-2': '县交通运输局', 'unit-6': '县供销社' }

test('every event type shows what happened in Chinese, who did it and when (Beijing time)', async () => {
  const view = await render(
    <Timeline events={CASES.map(([e]) => e)} actorName={() => '王建国'} unitName={(id) => (id ? UNITS[id] : '—')} />,
  )

  const items = [...view.querySelectorAll('.qb-timeline__item')]
  expect(items).toHaveLength(CASES.length)
  CASES.forEach(([event, texts], i) => {
    const text = items[i].textContent ?? ''
    for (const t of texts) expect(text, event.type).toContain(t)
    expect(text, event.type).toContain('王建国 · 2026-11-23 09:30')
  })
})

test('photos of a resolve show as thumbnails', async () => {
  const view = await render(<Timeline events={[CASES[11][0]]} actorName={() => '我'} />)
  expect(view.querySelectorAll('.qb-photos__item')).toHaveLength(1)
})

test('a photo loads from the short-lived URL the function handed out, never from the bare fileID', async () => {
  const photo = (CASES[11][0] as { photos: string[] }).photos[0]
  const view = await render(<Timeline events={[CASES[11][0]]} actorName={() => '我'} fileUrls={{ [photo]: '/__cloud/file/x?expires=1&sign=s' }} />)
  expect(view.querySelector('.qb-photos__img img, img.qb-photos__img, .qb-photos__img')?.outerHTML).toContain('/__cloud/file/x?expires=1&amp;sign=s')
  const bare = await render(<Timeline events={[CASES[11][0]]} actorName={() => '我'} />)
  expect(bare.innerHTML).not.toContain(encodeURIComponent(photo))
})
