import { useStore } from 'zustand'
import { listInbox } from './api/calls'
import { createInboxStore, type InboxState } from './inbox-store'

export const inboxStore = createInboxStore({ list: listInbox })
export const useInbox = <T>(select: (s: InboxState) => T) => useStore(inboxStore, select)
