import type { TalkMode } from '../../../core/care-types'
import { call } from '../../../services/call'

/** The liaison's and the secretary's calls of the `care` function. */
export const careApi = {
  list: (cursor?: string, status?: 'open' | 'closed') => call('care', 'list', { ...(cursor ? { cursor } : {}), ...(status ? { status } : {}) }),
  get: (taskId: string) => call('care', 'get', { taskId }),
  record: (taskId: string, talk: { date: string; mode: TalkMode; summary: string }) => call('care', 'record', { taskId, ...talk }),
  summary: () => call('care', 'summary', {}),
}

export type CareApi = typeof careApi
