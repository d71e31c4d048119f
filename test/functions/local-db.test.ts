// The local database under the real wx-server-sdk: every call below goes through the SDK's own
// query builder and result parsing, then through cloudfunctions/_local/db to SQLite.
import { spawn } from 'node:child_process'
import dns from 'node:dns'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { openStore } from '../../cloudfunctions/_local/db/store'
import { installLocalCloud, withCaller, type LocalCloud } from '../../cloudfunctions/_local/sdk'
import { installClockHook } from '../../cloudfunctions/_shared/clock'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any
const cloud = createRequire(join(process.cwd(), 'package.json'))('wx-server-sdk') as Any
const dataDir = mkdtempSync(join(tmpdir(), 'qbhy-localdb-'))
const network = [vi.spyOn(http, 'request'), vi.spyOn(https, 'request'), vi.spyOn(dns, 'lookup')]
let local: LocalCloud
let db: Any
let _: Any

beforeAll(() => {
  local = installLocalCloud({ dataDir, collections: ['things', 'requests', 'counters', 'orgs'] })
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  db = cloud.database()
  _ = db.command
})
beforeEach(() => local.reset())
afterAll(() => local.close())

const seed = (coll: string, docs: object[]) => db.collection(coll).add({ data: docs })
const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id)
const errorOf = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: Any) => e)

test('init and every database call stay off the network', async () => {
  await db.collection('things').add({ data: { a: 1 } })
  await db.collection('things').get()
  for (const spy of network) expect(spy).not.toHaveBeenCalled()
})

test('add with and without _id, then doc get, set, update and remove', async () => {
  const given = await db.collection('things').add({ data: { _id: 'T1', name: 'a', n: 1 } })
  const generated = await db.collection('things').add({ data: { name: 'b' } })
  expect(given._id).toBe('T1')
  expect(generated._id).toMatch(/^[0-9a-f]{32}$/)

  expect((await db.collection('things').doc('T1').get()).data).toEqual({ _id: 'T1', name: 'a', n: 1 })
  expect((await db.collection('things').doc('T2').set({ data: { name: 'c' } })).stats).toEqual({ updated: 0, created: 1 })
  expect((await db.collection('things').doc('T2').set({ data: { name: 'd' } })).stats).toEqual({ updated: 1, created: 0 })
  expect((await db.collection('things').doc('T2').get()).data).toEqual({ _id: 'T2', name: 'd' })

  const upd = await db.collection('things').doc('T1').update({ data: { n: _.inc(2), tags: ['x'], deep: { k: 1 } } })
  expect(upd.stats.updated).toBe(1)
  expect((await db.collection('things').doc('T1').get()).data).toEqual({ _id: 'T1', name: 'a', n: 3, tags: ['x'], deep: { k: 1 } })
  expect((await db.collection('things').doc('T1').update({ data: { name: 'a' } })).stats.updated).toBe(0)
  expect((await db.collection('things').doc('nope').update({ data: { name: 'a' } })).stats.updated).toBe(0)

  expect((await db.collection('things').doc('T1').remove()).stats.removed).toBe(1)
  expect((await errorOf(db.collection('things').doc('T1').get())).errMsg).toMatch(/does not exist/)
  expect((await errorOf(db.collection('things').add({ data: { _id: 'T2' } }))).errCode).toBe(-502001)
})

test('where with query commands', async () => {
  await seed('things', [
    { _id: 'a', n: 1, tag: 'x', sub: { k: 'p' } },
    { _id: 'b', n: 5, tag: 'y', sub: { k: 'q' }, opt: true },
    { _id: 'c', n: 9, tag: 'z', sub: { k: 'p' } },
  ])
  const where = async (q: object) => ids(await db.collection('things').where(q).orderBy('_id', 'asc').get())
  expect(await where({ tag: _.eq('x') })).toEqual(['a'])
  expect(await where({ tag: _.neq('x') })).toEqual(['b', 'c'])
  expect(await where({ tag: _.in(['x', 'z']) })).toEqual(['a', 'c'])
  expect(await where({ tag: _.nin(['x', 'z']) })).toEqual(['b'])
  expect(await where({ n: _.gt(1).and(_.lte(9)) })).toEqual(['b', 'c'])
  expect(await where({ n: _.gte(5), tag: _.neq('z') })).toEqual(['b'])
  expect(await where({ n: _.lt(5) })).toEqual(['a'])
  expect(await where(_.or([{ n: 1 }, { tag: 'z' }]))).toEqual(['a', 'c'])
  expect(await where(_.and([{ n: _.gt(0) }, { 'sub.k': 'p' }]))).toEqual(['a', 'c'])
  expect(await where({ sub: { k: 'q' } })).toEqual(['b'])
  expect(await where({ opt: _.exists(true) })).toEqual(['b'])
  expect(await where({ opt: _.exists(false) })).toEqual(['a', 'c'])
  expect(await where({ tag: db.RegExp({ regexp: '^[XY]', options: 'i' }) })).toEqual(['a', 'b'])
  expect((await db.collection('things').where({ sub: { k: 'p' } }).count()).total).toBe(2)
})

test('orderBy, skip, limit and field', async () => {
  await seed('things', [
    { _id: 'a', g: 2, n: 1, big: 'x' },
    { _id: 'b', g: 1, n: 2, big: 'x' },
    { _id: 'c', g: 2, n: 3, big: 'x' },
    { _id: 'd', g: 1, n: 4, big: 'x' },
  ])
  const sorted = await db.collection('things').orderBy('g', 'asc').orderBy('n', 'desc').get()
  expect(ids(sorted)).toEqual(['d', 'b', 'c', 'a'])
  const page = await db.collection('things').orderBy('n', 'asc').skip(1).limit(2).field({ n: true }).get()
  expect(page.data).toEqual([{ _id: 'b', n: 2 }, { _id: 'c', n: 3 }])
})

test('update commands: inc, set, push, remove, and where().update/remove on many', async () => {
  await seed('things', [{ _id: 'a', n: 1, obj: { x: 1, y: 2 }, list: [1], gone: 1, kind: 'k' }, { _id: 'b', n: 1, kind: 'k' }])
  await db.collection('things').doc('a').update({
    data: { n: _.inc(-3), obj: _.set({ z: 3 }), list: _.push([2, 3]), gone: _.remove() },
  })
  expect((await db.collection('things').doc('a').get()).data).toEqual({ _id: 'a', n: -2, obj: { z: 3 }, list: [1, 2, 3], kind: 'k' })

  expect((await db.collection('things').where({ kind: 'k' }).update({ data: { seen: true } })).stats.updated).toBe(2)
  expect((await db.collection('things').where({ seen: true }).count()).total).toBe(2)
  expect((await db.collection('things').where({ kind: 'k' }).remove()).stats.removed).toBe(2)
  expect((await db.collection('things').count()).total).toBe(0)
})

test('dates are stored as BSON dates: they come back as Date and compare as dates', async () => {
  const at = new Date('2026-10-08T02:00:00.000Z')
  await seed('things', [{ _id: 'old', at: new Date('2026-01-01T00:00:00Z') }, { _id: 'new', at }])
  const found = await db.collection('things').where({ at: _.gt(new Date('2026-06-01T00:00:00Z')) }).get()
  expect(found.data).toEqual([{ _id: 'new', at }])
  expect(found.data[0].at).toBeInstanceOf(Date)

  const uninstallClock = installClockHook(() => Date.parse('2030-01-01T00:00:00Z'))
  try {
    await db.collection('things').doc('new').update({ data: { stamped: db.serverDate() } })
  } finally {
    uninstallClock()
  }
  expect((await db.collection('things').doc('new').get()).data.stamped).toEqual(new Date('2030-01-01T00:00:00Z'))
})

test('get() answers 100 records by default and at most 1000', async () => {
  await seed('things', Array.from({ length: 1100 }, (_x, i) => ({ _id: `d${String(i).padStart(4, '0')}` })))
  // over 1000 documents only an indexed read is allowed: `_id` order is the primary key's
  const things = () => db.collection('things').orderBy('_id', 'asc')
  expect((await things().get()).data).toHaveLength(100)
  expect((await things().limit(1000).get()).data).toHaveLength(1000)
  expect((await things().limit(5000).get()).data).toHaveLength(1000)
  expect((await things().skip(1000).limit(1000).get()).data.map((d: Any) => d._id)).toEqual(Array.from({ length: 100 }, (_x, i) => `d${1000 + i}`))
})

test('a query result over 1 MB fails like the real service; a projection keeps it under', async () => {
  const blob = 'x'.repeat(60_000)
  await seed('things', Array.from({ length: 20 }, (_x, i) => ({ _id: `b${i}`, blob })))
  const err = await errorOf(db.collection('things').get())
  expect(err.errCode).toBe(-502001)
  expect(err.errMsg).toMatch(/1MB/)
  expect((await db.collection('things').field({ _id: true }).get()).data).toHaveLength(20)
})

test('a missing collection fails reads like the cloud; add creates it; createCollection works once', async () => {
  expect((await errorOf(db.collection('ghosts').get())).errCode).toBe(-502005)
  expect((await errorOf(db.collection('ghosts').count())).errCode).toBe(-502005)
  expect((await errorOf(db.collection('ghosts').where({ a: 1 }).update({ data: { a: 2 } }))).errCode).toBe(-502005)
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  await db.collection('ghosts').add({ data: { _id: 'g' } })
  expect(warn).toHaveBeenCalledOnce()
  warn.mockRestore()
  expect((await db.collection('ghosts').get()).data).toEqual([{ _id: 'g' }])

  await db.createCollection('fresh')
  expect((await db.collection('fresh').get()).data).toEqual([])
  expect((await errorOf(db.createCollection('fresh'))).errMsg).toMatch(/exist/)
})

test('conditional update race: exactly one of many concurrent writers wins', async () => {
  await db.collection('requests').add({ data: { _id: 'r1', version: 3, by: null } })
  const attempt = (by: string) =>
    db.collection('requests').where({ _id: 'r1', version: 3 }).update({ data: { version: 4, by } })
  const results = await Promise.all(Array.from({ length: 20 }, (_x, i) => attempt(`w${i}`)))
  const winners = results.map((r, i) => [r.stats.updated, i]).filter(([n]) => n === 1)
  expect(winners).toHaveLength(1)
  expect(results.filter((r) => r.stats.updated === 0)).toHaveLength(19)
  expect((await db.collection('requests').doc('r1').get()).data).toEqual({ _id: 'r1', version: 4, by: `w${winners[0][1]}` })
})

test('aggregate: match, group, sort, project, skip, limit, count, lookup; 20 without a limit', async () => {
  await seed('orgs', [{ _id: 'u1', name: 'Unit 1' }, { _id: 'u2', name: 'Unit 2' }])
  await seed('things', Array.from({ length: 30 }, (_x, i) => ({ _id: `t${i}`, unit: i % 3 === 0 ? 'u1' : 'u2', n: i })))
  const $ = db.command.aggregate
  const byUnit = await db.collection('things').aggregate()
    .match({ n: _.gte(0) })
    .group({ _id: '$unit', total: $.sum(1), max: $.max('$n') })
    .sort({ _id: 1 })
    .lookup({ from: 'orgs', localField: '_id', foreignField: '_id', as: 'org' })
    .project({ _id: 0, unit: '$_id', total: 1, max: 1, name: $.arrayElemAt(['$org.name', 0]) })
    .end()
  expect(byUnit.list).toEqual([
    { unit: 'u1', total: 10, max: 27, name: 'Unit 1' },
    { unit: 'u2', total: 20, max: 29, name: 'Unit 2' },
  ])
  const counted = await db.collection('things').aggregate().match({ unit: 'u2' }).count('n').end()
  expect(counted.list).toEqual([{ n: 20 }])
  const paged = await db.collection('things').aggregate().sort({ n: -1 }).skip(2).limit(3).end()
  expect(paged.list.map((d: Any) => d.n)).toEqual([27, 26, 25])
  expect((await db.collection('things').aggregate().match({}).end()).list).toHaveLength(20)
})

test('runTransaction: read-modify-write, rollback, and concurrent increments all land', async () => {
  await db.collection('counters').add({ data: { _id: 'c', n: 0 } })
  const bump = () =>
    db.runTransaction(async (t: Any) => {
      const { data } = await t.collection('counters').doc('c').get()
      await t.collection('counters').doc('c').update({ data: { n: data.n + 1 } })
      return data.n + 1
    }, 50)
  await Promise.all(Array.from({ length: 10 }, bump))
  expect((await db.collection('counters').doc('c').get()).data.n).toBe(10)

  const failed = db.runTransaction(async (t: Any) => {
    await t.collection('counters').doc('c').set({ data: { n: -1 } })
    await t.collection('counters').doc('new').set({ data: { n: 1 } })
    await t.rollback('no thanks')
  })
  await expect(failed).rejects.toBe('no thanks')
  expect((await db.collection('counters').doc('c').get()).data.n).toBe(10)
  expect((await db.collection('counters').where({ _id: 'new' }).count()).total).toBe(0)
})

test('startTransaction: doc get/set/update/delete and add commit together; where() is refused', async () => {
  await seed('counters', [{ _id: 'a', n: 1 }, { _id: 'b', n: 1 }])
  const t = await db.startTransaction()
  expect((await t.collection('counters').doc('a').get()).data).toEqual({ _id: 'a', n: 1 })
  await t.collection('counters').doc('a').update({ data: { n: _.inc(1) } })
  await t.collection('counters').doc('b').remove()
  await t.collection('counters').doc('c').set({ data: { n: 7 } })
  await t.collection('counters').add({ data: { _id: 'd', n: 9 } })
  expect((await t.collection('counters').doc('a').get()).data.n).toBe(2)
  expect(ids(await db.collection('counters').orderBy('_id', 'asc').get())).toEqual(['a', 'b'])
  await expect(t.collection('counters').where({ n: 1 }).get()).rejects.toMatchObject({ errCode: -502001 })
  await t.commit()
  const after = await db.collection('counters').orderBy('_id', 'asc').get()
  expect(after.data).toEqual([{ _id: 'a', n: 2 }, { _id: 'c', n: 7 }, { _id: 'd', n: 9 }])
})

test('withCaller keeps each concurrent call on its own OPENID', async () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  const seen = await Promise.all(
    Array.from({ length: 40 }, (_x, i) =>
      withCaller({ OPENID: `oUser${i}` }, async () => {
        await sleep((i * 7) % 13)
        await db.collection('things').add({ data: { i } })
        return cloud.getWXContext()
      }),
    ),
  )
  seen.forEach((ctx, i) => expect(ctx).toMatchObject({ OPENID: `oUser${i}`, ENV: 'local', SOURCE: 'wx_client' }))
  expect(seen[0].APPID).toBeTruthy()
  expect(cloud.getWXContext().OPENID).toBeUndefined()
  expect(withCaller({ UNIONID: 'u', OPENID: 'o', APPID: 'wxA' }, () => cloud.getWXContext())).toMatchObject({ OPENID: 'o', APPID: 'wxA', UNIONID: 'u' })
})

test('the backend counts documents scanned and returned per collection', async () => {
  await seed('things', [{ _id: 'a', k: 1 }, { _id: 'b', k: 2 }, { _id: 'c', k: 1 }])
  local.dbStats.reset()
  await db.collection('things').where({ k: 1 }).get()
  await db.collection('things').doc('b').get()
  expect(local.dbStats.get()).toEqual({ things: { scanned: 4, returned: 3 } })
})

test('acknowledged writes survive a reopen without a clean close', async () => {
  await db.collection('things').add({ data: { _id: 'kept', at: new Date(0) } })
  const second = openStore(dataDir) // the first handle is still open, nothing was checkpointed
  expect(second.get('things', 'kept')).toEqual({ _id: 'kept', at: new Date(0) })
  second.close()
})

test('a reopened store answers from disk: writes, key lookups and scans in insertion order', async () => {
  await seed('things', [{ _id: 'a', k: 1 }, { _id: 'b', k: 2 }])
  const second = openStore(dataDir)
  expect(second.size('things')).toBe(2)
  expect(second.get('things', 'b')).toEqual({ _id: 'b', k: 2 })
  second.write([{ kind: 'put', coll: 'things', doc: { _id: 'c', k: 1 } }, { kind: 'delete', coll: 'things', id: 'a' }])
  expect(second.get('things', 'c')).toEqual({ _id: 'c', k: 1 })
  expect(second.get('things', 'a')).toBeUndefined()
  expect([...second.docs('things')]).toEqual([{ _id: 'b', k: 2 }, { _id: 'c', k: 1 }])
  second.write([{ kind: 'put', coll: 'things', doc: { _id: 'b', k: 3 } }])
  expect([...second.docs('things')]).toEqual([{ _id: 'b', k: 3 }, { _id: 'c', k: 1 }])
  expect(second.get('things', 'b')).toEqual({ _id: 'b', k: 3 })
  // a collection first met in a write
  second.write([{ kind: 'put', coll: 'newcomers', doc: { _id: 'x' } }, { kind: 'put', coll: 'newcomers', doc: { _id: 'y' } }])
  expect(second.collections()).toContain('newcomers')
  expect([...second.docs('newcomers')]).toEqual([{ _id: 'x' }, { _id: 'y' }])
  second.close()
})

test('a process killed with SIGKILL keeps every write it acknowledged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qbhy-kill-'))
  const script = join(dir, 'writer.ts')
  writeFileSync(script, `
    import { createRequire } from 'node:module'
    import { installLocalCloud } from ${JSON.stringify(resolve('cloudfunctions/_local/sdk.ts'))}
    installLocalCloud({ dataDir: ${JSON.stringify(dir)}, collections: ['things'] })
    const cloud = createRequire(${JSON.stringify(resolve('package.json'))})('wx-server-sdk')
    cloud.init()
    const db = cloud.database()
    // eight concurrent writers, so acknowledged writes share group commits when the kill lands
    let n = 0
    for (let w = 0; w < 8; w++) void (async () => {
      for (;;) {
        const i = n++
        await db.collection('things').add({ data: { _id: 'w' + i } })
        process.stdout.write('ack ' + i + '\\n')
      }
    })()`)
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const acked = await new Promise<number[]>((done, fail) => {
    const seen: number[] = []
    child.on('exit', (code) => seen.length < 200 && fail(new Error(`writer exited early (${code})`)))
    child.stdout.on('data', (chunk: Buffer) => {
      for (const m of chunk.toString().matchAll(/ack (\d+)/g)) seen.push(Number(m[1]))
      if (seen.length >= 200) {
        child.kill('SIGKILL')
        done(seen)
      }
    })
  })
  await new Promise((r) => child.on('exit', r))
  const store = openStore(dir)
  for (const i of acked) expect(store.get('things', `w${i}`)).toEqual({ _id: `w${i}` })
  store.close()
})
