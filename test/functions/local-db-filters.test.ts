// The local database decides plain filters without mingo; on any document and any such filter it
// must decide exactly as mingo does (or leave the document to mingo).
import fc from 'fast-check'
import { Query } from 'mingo'
import { expect, test } from 'vitest'
import { createFilters, simplePredicate } from '../../cloudfunctions/_local/db/filters'

const scalar = fc.oneof(fc.constantFrom('a', 'b', 'B', '', '2026-11-23', '2026-11-24'), fc.integer({ min: -2, max: 2 }), fc.constantFrom(0.5, true, false))
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ at: scalar }).map((o) => ({ ...o })) },
  { weight: 1, arbitrary: fc.constant(new Date(0)) },
)
const at = fc.record({ at: value }).map((o) => ({ ...o }))
const doc = fc
  .record({ s: value, n: value, nested: fc.oneof(at, fc.array(at, { maxLength: 2 }), fc.constant(null)) }, { requiredKeys: [] })
  .map((o) => ({ ...o }))
const field = fc.constantFrom('s', 'n', 'nested.at', 'missing')
const condition = fc.oneof(
  scalar,
  fc.constant(null),
  fc.record({ $eq: fc.oneof(scalar, fc.constant(null)) }).map((o) => ({ ...o })),
  fc.record({ $in: fc.array(fc.oneof(scalar, fc.constant(null)), { minLength: 1, maxLength: 3 }) }).map((o) => ({ ...o })),
  fc.record({ $gt: scalar, $lte: scalar }, { requiredKeys: [] }).map((o) => ({ ...o })),
  fc.record({ $gte: scalar, $lt: scalar }, { requiredKeys: [] }).map((o) => ({ ...o })),
)
const query = fc.dictionary(field, condition, { maxKeys: 3 })

test('a plain filter decides every document as mingo does, or leaves it to mingo', () => {
  fc.assert(
    fc.property(query, fc.array(doc, { minLength: 1, maxLength: 8 }), (dict, docs) => {
      const q = { ...dict } // fast-check's dictionaries have no prototype, which mingo cannot copy
      const fast = simplePredicate(q)
      const slow = new Query(q)
      for (const d of docs) {
        const decided = fast?.(d)
        if (decided !== undefined) expect(decided).toBe(slow.test(d))
        expect(createFilters({}).test(q)(d)).toBe(slow.test(d))
      }
    }),
    { numRuns: 400 },
  )
})

test('operators, regexes and $or are left to mingo', () => {
  expect(simplePredicate({ $or: [{ a: 1 }] })).toBeNull()
  expect(simplePredicate({ a: { $ne: 1 } })).toBeNull()
  expect(simplePredicate({ a: /x/ })).toBeNull()
  expect(simplePredicate({ a: { b: 1 } })).toBeNull()
  expect(simplePredicate({ a: 1, 'b.c': { $in: ['x', null] }, d: { $gte: 'm', $lt: 'n' } })).not.toBeNull()
})
