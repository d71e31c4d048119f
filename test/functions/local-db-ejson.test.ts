// What the SDK sends is canonical EJSON; the local database reads the number and date wrappers
// itself and leaves every other EJSON type to bson: either way, the same values as bson's parser.
import { EJSON, Long, ObjectId } from 'bson'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseRequest, parseRelaxed, stringifyRelaxed } from '../../cloudfunctions/_local/db/ejson'

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
