/** The in-app inbox and WeChat subscribe messages (SPEC §5): shapes shared by app and functions. */

/**
 * Every occasion the product tells someone about, the one list of them: what it is about (which
 * facts its words are made of), the inbox `type` it is stored under and the one-time subscribe
 * template it is sent with. The words (notification-messages.ts), the stored types and the
 * template keys all derive from it, so a new occasion fails to compile until it has each.
 */
export const NOTICES = {
  // a request (SPEC §3): to its liaison, its submitter or the secretaries who must act
  routed: { about: 'request', type: 'request_new', template: 'newRequest' },
  pendingDispatch: { about: 'request', type: 'request_new', template: 'newRequest' },
  urgentHealth: { about: 'request', type: 'request_new', template: 'newRequest' },
  returned: { about: 'request', type: 'request_new', template: 'newRequest' },
  reopened: { about: 'request', type: 'request_new', template: 'newRequest' },
  handedOver: { about: 'request', type: 'request_new', template: 'newRequest' },
  supervised: { about: 'request', type: 'request_supervised', template: 'overdue' },
  countyEscalation: { about: 'request', type: 'request_supervised', template: 'overdue' },
  reminder: { about: 'request', type: 'request_reminder', template: 'overdue' },
  signForOverdue: { about: 'request', type: 'request_overdue', template: 'overdue' },
  resolveOverdue: { about: 'request', type: 'request_overdue', template: 'overdue' },
  infoRequested: { about: 'request', type: 'request_info', template: 'progress' },
  replied: { about: 'request', type: 'request_reply', template: 'progress' },
  resolved: { about: 'request', type: 'request_resolved', template: 'progress' },
  // a care task (SPEC §4): to its liaison, or the township secretaries
  careAssigned: { about: 'careTask', type: 'care_task', template: 'careTask' },
  careUnassigned: { about: 'careTask', type: 'care_task', template: 'careTask' },
  careOverdue: { about: 'careTask', type: 'care_task', template: 'careTask' },
  // the cadre's own health file (SPEC §4)
  examDue: { about: 'healthFile', type: 'care_task', template: 'careTask' },
  insuranceEnding: { about: 'healthFile', type: 'care_task', template: 'careTask' },
} as const satisfies Record<string, { about: 'request' | 'careTask' | 'healthFile'; type: string; template: string }>

export type NoticeName = keyof typeof NOTICES
type NoticeAbout<A> = { [K in NoticeName]: (typeof NOTICES)[K]['about'] extends A ? K : never }[NoticeName]
/** What happens to a request that someone is told of. */
export type RequestNotice = NoticeAbout<'request'>
/** What happens to a care task that someone is told of. */
export type CareTaskNotice = NoticeAbout<'careTask'>
/** A reminder about the cadre's health file. */
export type HealthNotice = NoticeAbout<'healthFile'>

/** What a stored notification is about, as the inbox groups it. */
export type NotificationType = (typeof NOTICES)[NoticeName]['type']

/** One-time subscribe-message templates the app asks the user to grant (wx.requestSubscribeMessage). */
export type TemplateKey = (typeof NOTICES)[NoticeName]['template']
/** Each template once, in the order of the list. */
export const TEMPLATE_KEYS = [...new Set(Object.values(NOTICES).map((n) => n.template))] as [TemplateKey, ...TemplateKey[]]

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

/**
 * What a sender supplies: the occasion and its words. The notifier stores it under the occasion's
 * type (adding id, userId, read and createdAt) and spends a credit of the occasion's template.
 */
export interface NotificationDraft {
  notice: NoticeName
  title: string
  body: string
  requestId?: string
  taskId?: string
}
