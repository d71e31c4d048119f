import { expect, test } from 'vitest'
import { seededCloud, ok, type Cloud } from './harness'

// 22 invites of the test county and 3 of another, stored as `admin.invite` stores them; two share
// a creation time, so the list's tie-break on the code is paged across too.
const created = (i: number) => `2026-11-20T09:${String(Math.min(i, 20)).padStart(2, '0')}:00.000+08:00`
const code = (i: number) => `INV${String(i).padStart(5, '0')}`
const cloud = seededCloud({
  now: '2026-11-23T09:00:00+08:00',
  seed: async (c: Cloud) => {
    for (let i = 0; i < 25; i++) {
      const countyId = i % 8 === 7 ? 'c2' : 'c1'
      const data = { _id: code(i), userId: 'cadre1', countyId, createdBy: 'admin1', createdAt: created(i), expiresAt: '2026-12-04T09:00:00.000+08:00', usedAt: null, usedBy: null, supersededAt: null }
      await c.db.collection('invites').add({ data })
    }
  },
})

async function everyPage(openid: string): Promise<{ pages: number[]; codes: string[] }> {
  const pages: number[] = []
  const codes: string[] = []
  let cursor: string | null | undefined
  do {
    const page = ok(await cloud.call('admin', openid, { action: 'invites', ...(cursor ? { cursor } : {}) }))
    pages.push(page.items.length)
    codes.push(...page.items.map((i: { code: string }) => i.code))
    cursor = page.cursor
  } while (cursor)
  return { pages, codes }
}

const newestFirst = (ids: number[]) => ids.sort((a, b) => created(b).localeCompare(created(a)) || b - a).map(code)

test('the invites list pages newest first, 20 at a time, each invite once', async () => {
  expect(await everyPage('o-admin1')).toEqual({ pages: [20, 5], codes: newestFirst([...Array(25).keys()]) })
})

test('county staff page through their own county’s invites only', async () => {
  const theirs = [...Array(25).keys()].filter((i) => i % 8 !== 7)
  expect(await everyPage('o-county1')).toEqual({ pages: [20, 2], codes: newestFirst(theirs) })
  expect((await cloud.call('admin', 'o-county1', { action: 'invites', cursor: 'not-a-cursor' })).error?.code).toBe('INPUT.INVALID')
})
