import { useStore } from 'zustand'
import { inboxApi } from './api/calls'
import { createInboxStore, type InboxState } from './inbox-store'

export const inboxStore = createInboxStore(inboxApi)
export const useInbox = <T>(select: (s: InboxState) => T) => useStore(inboxStore, select)
