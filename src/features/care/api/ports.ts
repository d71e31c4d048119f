import type { Page } from '@/core/contract'
import type { CareSummary, CareTaskDetail, CareTaskView, TalkMode } from '@/core/care-types'

/** The liaison's and the secretary's calls of the `care` function. */
export interface CareApi {
  list: (cursor?: string, status?: 'open' | 'closed') => Promise<Page<CareTaskView>>
  get: (taskId: string) => Promise<CareTaskDetail>
  record: (taskId: string, talk: { date: string; mode: TalkMode; summary: string }) => Promise<CareTaskView>
  summary: () => Promise<CareSummary>
}
