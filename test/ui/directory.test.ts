// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest'
import type { OrgDirectory } from '@/core/contract'
import { useDirectory } from '@/services/directory'

const dir = (unitName: string): OrgDirectory => ({
  units: [{ id: 'unit-1', name: unitName }],
  people: [{ id: 'u-1', name: '王建国', role: 'liaison' }],
})

beforeEach(() => useDirectory.setState({ units: {}, people: {}, userId: null }))

test('names come from org.directory, once per signed-in user', async () => {
  let calls = 0
  const fetch = async () => (calls++, dir('县农业农村局'))
  await useDirectory.getState().load('u-cadre-1', fetch)
  await useDirectory.getState().load('u-cadre-1', fetch)
  expect(calls).toBe(1)
  expect(useDirectory.getState().units['unit-1']).toBe('县农业农村局')
  expect(useDirectory.getState().people['u-1']).toBe('王建国')
})

test('another user signing in replaces the names with theirs', async () => {
  await useDirectory.getState().load('u-cadre-1', async () => dir('县农业农村局'))
  await useDirectory.getState().load('u-county-1', async () => dir('县交通运输局'))
  expect(useDirectory.getState().units['unit-1']).toBe('县交通运输局')
})

test('a failed load leaves no names and is tried again on the next sign-in', async () => {
  await useDirectory.getState().load('u-cadre-1', async () => Promise.reject(new Error('offline')))
  expect(useDirectory.getState().units).toEqual({})
  await useDirectory.getState().load('u-cadre-1', async () => dir('县农业农村局'))
  expect(useDirectory.getState().units['unit-1']).toBe('县农业农村局')
})
