import { expect, test } from 'vitest'
import { AppError } from '../../src/core/errors'
import { idSchema, listSchema, parseInput, requestExtensionSchema, submitSchema } from '../../src/core/schemas'
import { buildSubmit } from '../builders'

function rejection(run: () => unknown): AppError {
  try {
    run()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a rejection')
}

test('a valid submission is trimmed and gets empty attachments by default', () => {
  const { attachments, ...noAttachments } = buildSubmit({ title: '  驻村交通不便  ' })
  const parsed = parseInput(submitSchema, noAttachments)
  expect(parsed.title).toBe('驻村交通不便')
  expect(parsed.attachments).toEqual([])
})

test('a title shorter than 4 characters after trimming is rejected on the title field', () => {
  const error = rejection(() => parseInput(submitSchema, buildSubmit({ title: '  太短 ' })))
  expect(error.code).toBe('INPUT.INVALID')
  expect(Object.keys(error.fields ?? {})).toEqual(['title'])
})

test('a category of the other kind is rejected on the category field', () => {
  const error = rejection(() => parseInput(submitSchema, buildSubmit({ kind: 'support', category: 'health' })))
  expect(error.code).toBe('INPUT.INVALID')
  expect(error.fields).toEqual({ category: 'Not a category of support' })
})

test('an unknown key is rejected by name', () => {
  const error = rejection(() => parseInput(submitSchema, { ...buildSubmit(), submitterId: 'someone-else' }))
  expect(error.code).toBe('INPUT.INVALID')
  expect(error.fields).toEqual({ submitterId: 'Unknown field' })
})

test('an id that is not a plain id string is rejected, including query operators', () => {
  for (const id of ['', 'a b', { $ne: null }, 42, 'x'.repeat(65)]) {
    const error = rejection(() => parseInput(idSchema, { id }))
    expect(error.code).toBe('INPUT.INVALID')
    expect(Object.keys(error.fields ?? {})).toEqual(['id'])
  }
})

test('too many attachments, a bad idempotency key and extension days out of range name their paths', () => {
  const submit = rejection(() =>
    parseInput(submitSchema, buildSubmit({ attachments: Array(7).fill('cloud://f'), clientRequestId: 'short' })),
  )
  expect(Object.keys(submit.fields ?? {}).sort()).toEqual(['attachments', 'clientRequestId'])
  const nested = rejection(() => parseInput(submitSchema, buildSubmit({ attachments: ['cloud://f', ''] })))
  expect(Object.keys(nested.fields ?? {})).toEqual(['attachments.1'])
  const ext = rejection(() => parseInput(requestExtensionSchema, { id: 'req-1', days: 11, reason: '需要协调多个部门' }))
  expect(Object.keys(ext.fields ?? {})).toEqual(['days'])
})

test('parseInput turns anything unreadable into INPUT.INVALID, never another error', () => {
  for (const input of [null, undefined, 'text', [], 7]) {
    expect(rejection(() => parseInput(listSchema, input)).code).toBe('INPUT.INVALID')
  }
  expect(parseInput(listSchema, { box: 'mine', status: 'assigned' })).toEqual({ box: 'mine', status: 'assigned' })
})
