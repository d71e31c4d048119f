/** The in-app inbox and WeChat subscribe messages (SPEC §5): shapes shared by app and functions. */

/** What a notification is about; each maps to one subscribe-message template. */
export const NOTIFICATION_TYPES = [
  'request_new',
  'request_overdue',
  'request_reminder',
  'request_supervised',
  'request_resolved',
  'request_info',
  'request_reply',
  'care_task',
] as const
export type NotificationType = (typeof NOTIFICATION_TYPES)[number]

/** One-time subscribe-message templates the app asks the user to grant (wx.requestSubscribeMessage). */
export const TEMPLATE_KEYS = ['newRequest', 'overdue', 'progress', 'careTask'] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

/** The template a notification type is sent with; the user's credit for it is spent by one send. */
export const TEMPLATE_OF_TYPE: Record<NotificationType, TemplateKey> = {
  request_new: 'newRequest',
  request_overdue: 'overdue',
  request_reminder: 'overdue',
  request_supervised: 'overdue',
  request_resolved: 'progress',
  request_info: 'progress',
  request_reply: 'progress',
  care_task: 'careTask',
}

/** A message in a user's inbox; only that user ever reads it. */
export interface AppNotification {
  id: string
  userId: string
  type: NotificationType
  /** Simplified Chinese, ≤ 20 characters */
  title: string
  /** Simplified Chinese; never the content of a confidential request the reader may not see */
  body: string
  requestId?: string
  taskId?: string
  read: boolean
  createdAt: string
}

/** What a sender supplies; the notifier adds id, userId, read and createdAt. */
export interface NotificationDraft {
  type: NotificationType
  title: string
  body: string
  requestId?: string
  taskId?: string
}
