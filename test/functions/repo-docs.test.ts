import { expect, test } from 'vitest'
import { fromDoc, toDoc } from '../../cloudfunctions/_shared/repos/docs'

test('a stored document becomes a domain object: _id as id, storage fields left out, the rest as stored', () => {
  const doc = { _id: 'r1', status: 'assigned', extension: null, events: [{ type: 'submit' }], rollupPending: { token: 't' }, noticesPending: null }
  const req = fromDoc<{ id: string }>(doc, ['rollupPending', 'noticesPending'])
  expect(req).toEqual({ status: 'assigned', extension: null, events: [{ type: 'submit' }], id: 'r1' })
  expect(Object.keys(req)).toEqual(['status', 'extension', 'events', 'id'])
  expect(fromDoc(doc)).toHaveProperty('rollupPending', { token: 't' })
  expect(doc).toHaveProperty('_id', 'r1') // the stored document is not changed
})

test('a domain object stored and read back is the same object', () => {
  const obj = { id: 'u1', name: '张三', active: true, unitId: null }
  const doc = toDoc(obj)
  expect(doc).toEqual({ _id: 'u1', name: '张三', active: true, unitId: null })
  expect(fromDoc(doc)).toEqual(obj)
})

test('a stored key named __proto__ stays a field of the object, as with a spread', () => {
  const doc = JSON.parse('{"_id":"x1","__proto__":{"polluted":true},"name":"a"}') as Record<string, unknown>
  const obj = fromDoc<{ id: string }>(doc)
  expect(Object.getPrototypeOf(obj)).toBe(Object.prototype)
  expect(Object.keys(obj)).toEqual(['__proto__', 'name', 'id'])
  expect((obj as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getPrototypeOf(toDoc(obj))).toBe(Object.prototype)
})
