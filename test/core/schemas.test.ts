import { expect, test } from 'vitest'
import { AppError } from '@/core/errors'
import { recordTalkSchema, updateHealthFileSchema } from '@/core/care-schemas'
import { idSchema, listSchema, parseInput, requestExtensionSchema, submitSchema } from '@/core/schemas'
import { overviewSchema } from '@/core/stats-schemas'
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

test('a title of invisible characters only is blank, and invisible characters do not count towards its length', () => {
  for (const title of ['\u200B\u200B\u200B\u200B\u200B', '\uFEFF\u200C\u200D\u2060\u00AD', '\u3000 \u3164\u2800\u200E', '\u200B驻\u200B村\u200B']) {
    const error = rejection(() => parseInput(submitSchema, buildSubmit({ title })))
    expect(Object.keys(error.fields ?? {})).toEqual(['title'])
  }
  expect(parseInput(submitSchema, buildSubmit({ title: '\u200B驻村交通不便\uFEFF' })).title).toBe('驻村交通不便')
})

test('a required reason of zero-width spaces is rejected on its field', () => {
  const error = rejection(() => parseInput(requestExtensionSchema, { id: 'r1', days: 2, reason: '\u200B'.repeat(8) }))
  expect(Object.keys(error.fields ?? {})).toEqual(['reason'])
})

test('impossible dates are refused wherever a date is read: a talk, the health file, a statistics period', () => {
  for (const date of ['2026-12-45', '2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29']) {
    expect(rejection(() => parseInput(recordTalkSchema, { taskId: 't1', date, mode: 'phone', summary: '谈心谈话一次' })).fields).toHaveProperty('date')
    expect(rejection(() => parseInput(updateHealthFileSchema, { insuranceUntil: date })).fields).toHaveProperty('insuranceUntil')
    expect(rejection(() => parseInput(updateHealthFileSchema, { lastExamDate: date })).fields).toHaveProperty('lastExamDate')
    expect(rejection(() => parseInput(overviewSchema, { from: date, to: '2027-01-01' })).fields).toHaveProperty('from')
  }
  expect(parseInput(recordTalkSchema, { taskId: 't1', date: '2028-02-29', mode: 'phone', summary: '谈心谈话一次' }).date).toBe('2028-02-29')
  expect(parseInput(updateHealthFileSchema, { insuranceUntil: '2026-12-31' }).insuranceUntil).toBe('2026-12-31')
})
