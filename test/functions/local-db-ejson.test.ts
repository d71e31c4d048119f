// What the SDK sends is canonical EJSON; the local database reads the number and date wrappers
// itself and leaves every other EJSON type to bson: either way, the same values as bson's parser.
import { createRequire } from 'node:module'
import { EJSON, Long, ObjectId } from 'bson'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseRequest, parseRelaxed, stringifyRelaxed, withFormatShortcut, withPlainShortcut } from '../../cloudfunctions/_local/db/ejson'

const NOW = Date.parse('2026-11-23T01:00:00Z')
const leaf = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
  fc.constantFrom(new ObjectId('64b7f0c2a1b2c3d4e5f60718'), Long.fromNumber(2 ** 40), /ab+c/i),
)
const key = fc.oneof(fc.constantFrom('a', 'b.c', '$in', '$gt', '$set', '$inc', '_id'), fc.string({ minLength: 1, maxLength: 4 }))
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 }).map((o) => ({ ...o }))),
})).v

/** bson's reading with the backend's revival: regexes as RegExp, ObjectIds as strings. */
function reference(text: string): unknown {
  const revive = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(revive)
    if (!x || typeof x !== 'object' || x instanceof Date) return x
    const o = x as Record<string, unknown> & { _bsontype?: string }
    if (o._bsontype === 'BSONRegExp') return new RegExp(String(o.pattern), String(o.options).replace(/[^imsu]/g, ''))
    if (o._bsontype === 'ObjectId' || o._bsontype === 'ObjectID') return String(x)
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, revive(v)]))
  }
  return revive(EJSON.parse(text, { relaxed: true }))
}

test('canonical EJSON reads as bson reads it', () => {
  fc.assert(
    fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (dict) => {
      const text = EJSON.stringify({ ...dict }, { relaxed: false })
      expect(parseRequest(text, () => NOW)).toEqual(reference(text))
    }),
    { numRuns: 500 },
  )
})

test('the server-date marker is the time of the request, plus its offset', () => {
  expect(parseRequest('{"at":{"$tcb_server_date":{"offset":1000}},"n":{"$numberInt":"2"}}', () => NOW)).toEqual({ at: new Date(NOW + 1000), n: 2 })
  expect(parseRequest('{"$set":{"at":{"$tcb_server_date":{"offset":{"$numberInt":"-5"}}}}}', () => NOW)).toEqual({ $set: { at: new Date(NOW - 5) } })
})

test('a stored document and its text answer for each other until it changes', () => {
  const text = '{"_id":"x","n":1,"at":{"$date":"2026-11-23T01:00:00Z"}}'
  const doc = parseRelaxed<Record<string, unknown>>(text)
  expect(doc.at).toEqual(new Date('2026-11-23T01:00:00Z'))
  expect(stringifyRelaxed({ _id: 'y', n: -0 })).toBe(EJSON.stringify({ _id: 'y', n: -0 }, { relaxed: true }))
  expect(stringifyRelaxed({ _id: 'y', list: [1, 'a', null], o: { p: true } })).toBe('{"_id":"y","list":[1,"a",null],"o":{"p":true}}')
})

// The SDK decodes each document of an answer (bson's EJSON.parse) and then rebuilds it field by
// field (`Util.formatField`: GeoJSON shapes and dates into their classes). The local cloud answers
// a document decoded from plain text as it is; whatever the text, the function sees what the SDK's
// own two steps give.
const requireDb = createRequire(createRequire(createRequire(import.meta.url).resolve('wx-server-sdk')).resolve('@cloudbase/node-sdk'))
const dbPath = requireDb.resolve('@cloudbase/database')
const sdkUtil = createRequire(dbPath)('./util') as { Util: { formatField: (doc: object) => object } }
const sdkParse = (createRequire(dbPath)('bson') as typeof import('bson')).EJSON.parse
const sdkFormat = sdkUtil.Util.formatField
const GeoPoint = (createRequire(dbPath)('./geo/index') as { Point: new (lng: number, lat: number) => object }).Point
const localParse = withPlainShortcut(sdkParse as Parameters<typeof withPlainShortcut>[0])
const localFormat = withFormatShortcut(sdkFormat)

const lng = fc.double({ min: -180, max: 180, noNaN: true })
const lat = fc.double({ min: -90, max: 90, noNaN: true })
const geo = fc.oneof(
  fc.tuple(lng, lat).map((coordinates) => ({ type: 'Point', coordinates })),
  fc.array(fc.tuple(lng, lat), { minLength: 2, maxLength: 3 }).map((coordinates) => ({ type: 'LineString', coordinates })),
  fc.constant({ type: 'Point', coordinates: 'not a point' }),
)
const docLeaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), geo)
const docKey = fc.oneof(fc.constantFrom('type', 'coordinates', '__proto__', 'events', '_id'), fc.string({ minLength: 1, maxLength: 4 }))
const docValue = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, docLeaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(docKey, tie('v'), { maxKeys: 3 })),
})).v

test('a document reaches the function as the SDK would decode and format it', () => {
  fc.assert(
    fc.property(fc.dictionary(docKey, docValue, { maxKeys: 5 }), (doc) => {
      const text = EJSON.stringify(doc, { relaxed: true })
      expect(localFormat(localParse(text) as object)).toStrictEqual(sdkFormat(sdkParse(text) as object))
    }),
    { numRuns: 500 },
  )
  // names the shortcut must not miss when an escape spells them
  for (const text of ['{"\\u005f_proto__":{"a":1}}', '{"p":{"type":"Point","coordin\\u0061tes":[1,2]}}', '{"__proto__":{"polluted":true}}']) {
    expect(localFormat(localParse(text) as object)).toStrictEqual(sdkFormat(sdkParse(text) as object))
  }
  expect(localFormat(localParse('{"p":{"type":"Point","coordinates":[116.4,39.9]}}') as object)).toStrictEqual({ p: new GeoPoint(116.4, 39.9) })
})

test('a plain document is answered without being copied again', () => {
  const doc = localParse('{"_id":"r1","title":"修路","events":[{"type":"submit","at":"2026-12-03T08:00:00+08:00"}]}') as object
  expect(localFormat(doc)).toBe(doc)
})
