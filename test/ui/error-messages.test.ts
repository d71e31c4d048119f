// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import { ERROR_CODES } from '@/core/errors'
import { CloudError } from '@/services/call'
import { ERROR_MESSAGES, errorMessage } from '@/services/error-messages'

test('every server error code has a Chinese message', () => {
  for (const code of ERROR_CODES) expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/)
})

test('a thrown CloudError becomes the message of its code', () => {
  expect(errorMessage(new CloudError('AUTH.FORBIDDEN'))).toBe('您没有权限进行此操作')
  expect(errorMessage(new CloudError('REQUEST.NOT_FOUND'))).toBe('诉求不存在或已无权查看')
})

test('codes the app does not know yet and plain errors get a general message', () => {
  expect(errorMessage(new CloudError('FUTURE.UNKNOWN_CODE'))).toBe('操作失败，请稍后再试')
  expect(errorMessage(new Error('boom'))).toBe('操作失败，请稍后再试')
})
