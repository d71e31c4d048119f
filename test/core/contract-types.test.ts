/**
 * The contract's payloads come from the schemas that check them, and a command from its payload
 * (SPEC §3.3, §8). These assertions are on types: `tsc` (part of `npm test`) fails when they break,
 * e.g. when a payload type widens to `any` or drifts from what its schema accepts.
 */
import { expectTypeOf, test } from 'vitest'
import type { CommandPayload, ListFilters, PayloadOf, SubmitPayload } from '@/core/contract'
import type { Command } from '@/core/lifecycle'
import type { LifecycleEvent, RequestEvent } from '@/core/lifecycle/events'
import type { Category, RequestKind, RequestStatus, Satisfaction, Urgency } from '@/core/types'

test('a lifecycle payload is what its schema accepts, before defaults', () => {
  expectTypeOf<CommandPayload<'confirm'>>().toEqualTypeOf<{
    id: string
    solved: boolean
    satisfaction: Satisfaction
    comment?: string
    clientActionId?: string
  }>()
  expectTypeOf<CommandPayload<'dispatch'>>().toEqualTypeOf<{ id: string; unitId: string }>()
  expectTypeOf<PayloadOf<'requests', 'requestExtension'>>().toEqualTypeOf<{ id: string; days: number; reason: string }>()
  // attachments has a default: the caller may leave it out
  expectTypeOf<SubmitPayload>().toEqualTypeOf<{
    clientRequestId: string
    kind: RequestKind
    category: Category
    title: string
    description: string
    urgency: Urgency
    attachments?: string[]
  }>()
  expectTypeOf<ListFilters>().toEqualTypeOf<{ status?: RequestStatus; unitId?: string; villageId?: string; overdue?: boolean; q?: string }>()
  expectTypeOf<PayloadOf<'care', 'record'>>().toEqualTypeOf<{ taskId: string; date: string; mode: 'in_person' | 'phone' | 'video'; summary: string }>()
})

test('a command is its payload without the id; dispatch and transfer carry the liaison the function chose', () => {
  expectTypeOf<Extract<Command, { type: 'resolve' }>>().toEqualTypeOf<{ type: 'resolve'; note: string; photos?: string[] }>()
  expectTypeOf<Extract<Command, { type: 'transfer' }>>().toEqualTypeOf<{ type: 'transfer'; unitId: string; reason: string; assigneeId: string | null }>()
  expectTypeOf<Extract<Command, { type: 'signFor' }>>().toEqualTypeOf<{ type: 'signFor' }>()
})

test('a timeline entry as read narrows on its type; its details may be withheld', () => {
  expectTypeOf<Extract<RequestEvent, { type: 'requestInfo' }>['question']>().toEqualTypeOf<string | undefined>()
  expectTypeOf<Extract<LifecycleEvent, { type: 'requestInfo' }>['question']>().toEqualTypeOf<string>()
  expectTypeOf<RequestEvent['type']>().toEqualTypeOf<LifecycleEvent['type']>()
})
