// @vitest-environment happy-dom
import { expect, test } from 'vitest'
import type { Checkin } from '@/core/care-types'
import { CONSENT_VERSION } from '@/core/care-types'
import { createCheckinStore, DEFAULT_ANSWERS } from '@/features/checkin/checkin-store'
import { createHealthStore, draftToFields } from '@/features/checkin/health-store'
import { CloudError } from '@/services/call'
import { createOutbox } from '@/services/outbox/outbox-store'
import { memoryStorage } from './builders'

const consented = { consented: true, version: CONSENT_VERSION, at: '2026-11-01T08:00:00.000+08:00', current: CONSENT_VERSION }
const checkin = (over: Partial<Checkin> = {}): Checkin => ({
  id: 'c1-2026-11-20', cadreId: 'c1', date: '2026-11-20', health: 'unwell', mood: 2, stress: 'high', note: '头晕', wantsContact: true,
  at: '2026-11-20T08:00:00.000+08:00', townshipId: 't', countyId: 'c', ...over,
})

/** The check-in store with an outbox whose cloud is the fake api's submit. */
function storeOf(api: { submit: (a: any) => Promise<unknown> }, storage = memoryStorage()) {
  const outbox = createOutbox({ deliver: (_fn, _a, payload) => api.submit(payload), storage, now: () => 0, schedule: () => () => {} })
  return Object.assign(createCheckinStore(api as any, outbox), { outbox })
}

function fakeApi(over: Record<string, unknown> = {}) {
  const sent: unknown[] = []
  const api = {
    consentStatus: async () => consented,
    consent: async () => consented,
    today: async () => ({ date: '2026-11-23', checkin: null, prefill: checkin() }),
    submit: async (a: any) => (sent.push(a), checkin({ ...a, date: '2026-11-23', note: a.note ?? null })),
    ...over,
  }
  return { api, sent }
}

test('the form opens with the last answers but not yesterday’s note or request; one tap sends them', async () => {
  const { api, sent } = fakeApi()
  const store = storeOf(api)
  await store.getState().load()
  expect(store.getState().answers).toEqual({ health: 'unwell', mood: 2, stress: 'high', note: '', wantsContact: false })
  expect(await store.getState().submit()).toBe(true)
  expect(sent).toEqual([{ health: 'unwell', mood: 2, stress: 'high', wantsContact: false }])
  expect(store.getState().done).toMatchObject({ date: '2026-11-23' })
})

test('a first check-in opens with good / 4 / low; a changed answer and a note go along', async () => {
  const { api, sent } = fakeApi({ today: async () => ({ date: '2026-11-23', checkin: null, prefill: null }) })
  const store = storeOf(api)
  await store.getState().load()
  expect(store.getState().answers).toEqual(DEFAULT_ANSWERS)
  store.getState().set('health', 'fair')
  store.getState().set('note', '  有点累 ')
  store.getState().set('wantsContact', true)
  await store.getState().submit()
  expect(sent).toEqual([{ health: 'fair', mood: 4, stress: 'low', wantsContact: true, note: '有点累' }])
})

test('an answer tapped while the form is still loading is kept, not turned back by the prefill', async () => {
  let arrive = () => {}
  const { api, sent } = fakeApi({
    today: () => new Promise((resolve) => (arrive = () => resolve({ date: '2026-11-23', checkin: null, prefill: checkin({ health: 'good', mood: 4, stress: 'low' }) }))),
  })
  const store = storeOf(api)
  const loading = store.getState().load()
  store.getState().set('health', 'unwell')
  arrive()
  await loading
  expect(store.getState().answers.health).toBe('unwell')
  await store.getState().submit()
  expect(sent).toEqual([{ health: 'unwell', mood: 4, stress: 'low', wantsContact: false }])
})

test('without consent the store says so, and consenting sends the current text version', async () => {
  let version = ''
  const { api } = fakeApi({
    consentStatus: async () => ({ ...consented, consented: false, version: null, at: null }),
    consent: async (v: string) => ((version = v), consented),
    submit: async () => {
      throw new CloudError('CHECKIN.CONSENT_REQUIRED')
    },
  })
  const store = storeOf(api)
  await store.getState().load()
  expect(store.getState().consented).toBe(false)
  expect(await store.getState().submit()).toBe(false)
  expect(store.getState().error).toBe('请先阅读并同意健康信息处理说明')
  expect(await store.getState().consent()).toBe(true)
  expect(version).toBe(CONSENT_VERSION)
  expect(store.getState().consented).toBe(true)
})

test('the health file form checks dates and day counts in Chinese before sending', async () => {
  expect(draftToFields({ lastExamDate: '2026/3/1', leaveEntitled: '', leaveTaken: '', insuranceUntil: '' })).toEqual({ error: '日期请按 2026-03-01 的格式填写' })
  expect(draftToFields({ lastExamDate: '', leaveEntitled: '5', leaveTaken: '6', insuranceUntil: '' })).toEqual({ error: '已休天数不能超过应休天数' })
  let saved: unknown = null
  const file = { cadreId: 'c1', lastExamDate: null, leaveYear: null, leaveEntitled: null, leaveTaken: null, insuranceUntil: null, updatedAt: null }
  const store = createHealthStore({
    healthFile: async () => file,
    updateHealthFile: async (f) => ((saved = f), { ...file, ...f, leaveYear: 2026 }),
  })
  await store.getState().load()
  store.getState().edit(true)
  store.getState().setField('lastExamDate', '2026-03-01')
  store.getState().setField('leaveEntitled', '10')
  expect(await store.getState().save()).toBe(true)
  expect(saved).toEqual({ lastExamDate: '2026-03-01', insuranceUntil: null, leaveEntitled: 10, leaveTaken: null })
  expect(store.getState().editing).toBe(false)
})

test('a check-in given offline is kept (待发送), shown again when the page opens offline, and sent once', async () => {
  let online = false
  const { api, sent } = fakeApi()
  const guarded = { ...api, submit: async (a: any) => (online ? api.submit(a) : Promise.reject(new CloudError('NETWORK.FAILED'))) }
  const storage = memoryStorage()
  const store = storeOf(guarded, storage)
  await store.getState().load()
  store.getState().set('health', 'fair')
  store.getState().set('mood', 1)
  expect(await store.getState().submit()).toBe(true)
  expect(store.getState()).toMatchObject({ queued: true, error: null })

  // the app restarts offline: the form shows the answers given, not the defaults or yesterday's
  const offlineApi = { ...guarded, today: () => Promise.reject(new CloudError('NETWORK.FAILED')) }
  const reopened = storeOf(offlineApi, storage)
  await reopened.getState().load()
  expect(reopened.getState()).toMatchObject({ queued: true, date: '2026-11-23', answers: { health: 'fair', mood: 1, stress: 'high' } })

  online = true
  await reopened.outbox.getState().flush(true)
  await reopened.outbox.getState().flush(true)
  expect(sent).toEqual([{ health: 'fair', mood: 1, stress: 'high', wantsContact: false }])
})
