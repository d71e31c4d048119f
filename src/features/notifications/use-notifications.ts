import { useStore } from 'zustand'
import { notificationsApi } from './api/calls'
import { createNotificationsStore, type NotificationsState } from './notifications-store'

export const notificationsStore = createNotificationsStore(notificationsApi)
export const useNotifications = <T>(select: (s: NotificationsState) => T) => useStore(notificationsStore, select)
