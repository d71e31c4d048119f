// A psych difficulty's content (SPEC §3.1) by role: the request's fields and its timeline show
// every viewer the same facts, and the confidential ones only to the submitter and the assigned unit.
import { expect, test } from 'vitest'
import type { RequestEvent } from '@/core/types'
import { canView, CONFIDENTIAL_TITLE, filesOf, presentFor } from '@/core/visibility'
import { buildRequest, people } from '../builders'

const REASON = '当事人需要两次心理疏导'
const events: RequestEvent[] = [
  { type: 'submit', actorId: 'cadre-1', at: '2026-11-23T09:00:00.000+08:00', kind: 'difficulty', category: 'psych' },
  { type: 'requestExtension', actorId: 'liaison-a', at: '2026-11-24T09:00:00.000+08:00', days: 3, reason: REASON },
  { type: 'decideExtension', actorId: 'sec-1', at: '2026-11-24T10:00:00.000+08:00', approve: true, days: 3 },
  { type: 'resolve', actorId: 'liaison-a', at: '2026-11-25T15:00:00.000+08:00', note: '已多次谈心并协调休假', photos: ['cloud://e.b/users/liaison-a/r.jpg'] },
]
const psych = buildRequest({
  category: 'psych',
  status: 'resolved',
  title: '工作压力大睡不好',
  description: '家里老人生病',
  attachments: ['cloud://e.b/users/cadre-1/a.jpg'],
  resolutionPhotos: ['cloud://e.b/users/liaison-a/r.jpg'],
  extension: { days: 3, reason: REASON, requestedBy: 'liaison-a', requestedAt: events[1].at, status: 'approved', decidedBy: 'sec-1', decidedAt: events[2].at },
  events,
})
const SECRETS = [REASON, '工作压力大', '家里老人', '已多次谈心', 'cloud://']

test.each([
  ['the submitter', people.submitter],
  ['a liaison of the assigned unit', people.liaison],
])('%s sees everything: content, photos, the extension reason', (_, viewer) => {
  const shown = presentFor(viewer, psych)
  expect(shown).toEqual(psych)
  expect(filesOf(shown).sort()).toEqual(['cloud://e.b/users/cadre-1/a.jpg', 'cloud://e.b/users/liaison-a/r.jpg'])
})

test.each([
  ['the township secretary', people.secretary],
  ['county staff', people.county],
])('%s sees that it exists, its status, deadlines and the days asked, no text and no photo', (_, viewer) => {
  expect(canView(viewer, psych)).toBe(true)
  const shown = presentFor(viewer, psych)
  expect(shown).toMatchObject({ title: CONFIDENTIAL_TITLE, description: '', attachments: [], resolutionPhotos: [], resolutionNote: null, status: 'resolved', resolveBy: psych.resolveBy })
  expect(shown.extension).toMatchObject({ days: 3, status: 'approved', reason: '', reasonWithheld: true })
  // the timeline agrees with the fields: the days asked and the decision, not the reason
  expect(shown.events[1]).toEqual({ type: 'requestExtension', actorId: 'liaison-a', at: events[1].at, days: 3 })
  expect(shown.events[2]).toMatchObject({ approve: true, days: 3 })
  expect(filesOf(shown)).toEqual([])
  for (const secret of SECRETS) expect(JSON.stringify(shown)).not.toContain(secret)
})

test.each([
  ['another cadre', people.otherCadre],
  ['another unit’s liaison', people.otherLiaison],
  ['another township’s secretary', people.otherSecretary],
  ['the admin', people.admin],
])('%s may not view it at all', (_, viewer) => {
  expect(canView(viewer, psych)).toBe(false)
})

test('a request that is not confidential shows its extension reason and photos to the secretary', () => {
  const plain = { ...psych, category: 'transport' as const }
  const shown = presentFor(people.secretary, plain)
  expect(shown.extension?.reason).toBe(REASON)
  expect(filesOf(shown)).toHaveLength(2)
})

test.each([
  ['the township secretary', people.secretary],
  ['county staff', people.county],
])('%s is not told who asked: no submitter id, no village, the timeline says the submitter', (_, viewer) => {
  const shown = presentFor(viewer, psych)
  const text = JSON.stringify(shown)
  expect(text).not.toContain(psych.submitterId)
  expect(text).not.toContain(psych.villageId)
  expect(shown.events[0].actorId).toBe(shown.submitterId)
  expect(shown.events[1].actorId).toBe('liaison-a') // the unit's steps stay attributed
})
